import { reviewSummary } from '@/lib/review-status';
import { SECTION_IDS } from '@/lib/section-ids';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';

export type ReviewedPage = {
  lastReviewed: string;
  clinicalReview?: { reviewer: string; date: string };
};

/**
 * When the page was last checked against its sources and is due again, and, apart from that,
 * whether a clinician at the clinic has reviewed it. On screen only: on paper the same facts
 * end the handout, beside its address and QR code (PrintFooter).
 */
export function ReviewDates({ lastReviewed, clinicalReview }: ReviewedPage) {
  const review = reviewSummary({ lastReviewed, clinicalReview }, siteConfig);
  return (
    <dl
      id={SECTION_IDS.reviewStatus}
      data-pagefind-ignore=""
      className="review-dates my-6 flex flex-wrap gap-x-8 gap-y-1 border-t border-line pt-4 text-base print:hidden"
    >
      <div className="flex gap-2">
        <dt>{uiText.lastReviewed}:</dt>
        <dd>
          <time dateTime={review.lastChecked.date}>{review.lastChecked.text}</time>
        </dd>
      </div>
      <div className="flex gap-2">
        <dt>{uiText.nextReview}:</dt>
        <dd>
          <time dateTime={review.nextCheck.date}>{review.nextCheck.text}</time>
        </dd>
      </div>
      <div className="flex basis-full gap-2">
        <dt>{uiText.review.clinical}:</dt>
        <dd>{review.clinical}</dd>
      </div>
    </dl>
  );
}
