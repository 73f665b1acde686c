import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { enhancementScript } from '@/lib/enhancement-script';
import { uiText } from '@/lib/ui-text';

/** What surrounds every page, in the language being built: header, main area, footer and the script. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
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
    </>
  );
}
