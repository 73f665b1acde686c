/**
 * The Open Graph image every page shares when linked: its title and kind on the site's
 * colours, drawn at build time with the font bundled in Next (nothing is downloaded).
 */
import { ImageResponse } from 'next/og';
import { siteConfig } from './site-config';

export const OG_SIZE = { width: 1200, height: 630 };

export function ogImage(kind: string, title: string): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: siteConfig.brand.color,
        color: '#ffffff',
      }}
    >
      <div style={{ fontSize: 36, fontWeight: 700, display: 'flex' }}>{siteConfig.siteName}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div
          style={{
            fontSize: 34,
            textTransform: 'uppercase',
            letterSpacing: 2,
            color: '#ffd60a',
            display: 'flex',
          }}
        >
          {kind}
        </div>
        <div
          style={{
            fontSize: title.length > 40 ? 64 : 80,
            fontWeight: 700,
            lineHeight: 1.1,
            display: 'flex',
          }}
        >
          {title}
        </div>
      </div>
      <div style={{ fontSize: 28, display: 'flex' }}>{new URL(siteConfig.baseUrl).host}</div>
    </div>,
    OG_SIZE,
  );
}
