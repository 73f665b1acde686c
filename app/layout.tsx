import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { bodyFont } from './fonts';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
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
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#00508f',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={siteConfig.language} className={bodyFont.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 focus:outline-none"
        >
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
