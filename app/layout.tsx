import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { bodyFont } from './fonts';
import { brandCss } from '@/lib/brand';
import { HTML_LANG, ORIGINAL_LOCALE } from '@/lib/i18n';
import { siteConfig } from '@/lib/site-config';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.baseUrl),
  title: { default: siteConfig.siteName, template: `%s | ${siteConfig.siteName}` },
  description: siteConfig.tagline[ORIGINAL_LOCALE],
  // Health pages must not tell other sites what a reader was looking at.
  referrer: 'no-referrer',
  formatDetection: { telephone: false },
  // Drawn from the brand colour by app/icon.svg/route.ts.
  icons: { icon: [{ url: '/icon.svg', type: 'image/svg+xml', sizes: 'any' }] },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: siteConfig.brand.color,
};

/**
 * The document around every page, in every language. The language's own layout
 * (app/(en)/layout.tsx, app/es/layout.tsx) adds the header and footer in its words. The root
 * layout cannot know which language it wraps, so it says English, and the build sets the
 * `lang` of each translated page from its address (lib/page-language.ts).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={HTML_LANG[ORIGINAL_LOCALE]} className={bodyFont.variable}>
      <head>
        {/* The brand colours from the site configuration; the page's CSP allows this one rule
            by its hash (lib/security-headers.ts). */}
        <style dangerouslySetInnerHTML={{ __html: brandCss(siteConfig.brand) }} />
      </head>
      <body className="flex min-h-screen flex-col font-sans">{children}</body>
    </html>
  );
}
