import { absoluteUrl } from '@/lib/metadata';
import { qrCodeSvg } from '@/lib/qr-code';
import { reviewSummary } from '@/lib/review-status';
import { siteConfig } from '@/lib/site-config';
import { fillText, uiText } from '@/lib/ui-text';
import { PrintButtonItem } from './PrintButton';
import type { ReviewedPage } from './ReviewDates';

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

/**
 * What a printed handout ends with: where to find the page again and, for a reviewed page,
 * how fresh it is, the same facts the screen shows in ReviewDates (hidden on paper).
 */
export function PrintFooter({ path, reviewed }: { path: string; reviewed?: ReviewedPage }) {
  const url = absoluteUrl(path);
  const review = reviewed ? reviewSummary(reviewed, siteConfig) : undefined;
  return (
    <section className="print-footer hidden print:flex" data-pagefind-ignore="">
      <div>
        <p>{fillText(uiText.print.address, { url })}</p>
        {review ? (
          <>
            <p>
              {uiText.lastReviewed}: {review.lastChecked.text}. {uiText.nextReview}:{' '}
              {review.nextCheck.text}.
            </p>
            <p>
              {uiText.review.clinical}: {review.clinical}
            </p>
          </>
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
