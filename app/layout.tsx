import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { bodyFont } from './fonts';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { brandCss } from '@/lib/brand';
import { enhancementScript } from '@/lib/enhancement-script';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.baseUrl),
  title: { default: siteConfig.siteName, template: `%s | ${siteConfig.siteName}` },
  description: siteConfig.tagline,
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={siteConfig.language} className={bodyFont.variable}>
      <head>
        {/* The brand colours from the site configuration; the page's CSP allows this one rule
            by its hash (lib/security-headers.ts). */}
        <style dangerouslySetInnerHTML={{ __html: brandCss(siteConfig.brand) }} />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader />
        <main id="main" tabIndex={-1} className="page-width flex-1 pt-4 pb-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        {/* What the enhancement script (enhance/) fills in: its words stay in ui-text. */}
        <div
          id="glossary-popup"
          className="glossary-popup"
          role="tooltip"
          hidden
          data-more={uiText.glossaryPopup.more}
        />
        <div
          id="enhance-status"
          role="status"
          className="sr-only"
          data-copied={uiText.sectionLink.copied}
          data-copy-failed={uiText.sectionLink.failed}
        />
        {/* React renders at build time only: this small script is all the browser runs. */}
        <script src={enhancementScript().path} defer />
      </body>
    </html>
  );
}
