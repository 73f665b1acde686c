import { absoluteUrl } from '@/lib/metadata';
import { qrCodeSvg } from '@/lib/qr-code';
import { formatDate } from '@/lib/review-dates';
import { siteConfig } from '@/lib/site-config';
import { fillText, uiText } from '@/lib/ui-text';
import { PrintButtonItem } from './PrintButton';

/** "Print this page" and "Email this page", shown on screen above a page's content. */
export function ShareTools({ title, path }: { title: string; path: string }) {
  const url = absoluteUrl(path);
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`;
  return (
    <ul className="share-tools my-4 flex flex-wrap gap-4 print:hidden" data-pagefind-ignore="">
      <li>
        <a href={mailto}>{uiText.print.email}</a>
      </li>
      <PrintButtonItem label={uiText.print.button} />
    </ul>
  );
}

/** What a printed handout ends with: where to find the page again, and how fresh it is. */
export function PrintFooter({ path, lastReviewed }: { path: string; lastReviewed?: string }) {
  const url = absoluteUrl(path);
  return (
    <section className="print-footer hidden print:flex" data-pagefind-ignore="">
      <div>
        <p>{fillText(uiText.print.address, { url })}</p>
        {lastReviewed ? (
          <p>
            {uiText.lastReviewed}: {formatDate(lastReviewed, siteConfig.language)}
          </p>
        ) : null}
        <p>{uiText.footer.disclaimer}</p>
      </div>
      <div
        className="print-qr"
        dangerouslySetInnerHTML={{ __html: qrCodeSvg(url, fillText(uiText.print.qr, { url })) }}
      />
    </section>
  );
}
