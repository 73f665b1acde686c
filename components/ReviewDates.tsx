import { formatDate, nextReviewDate, calendarDate } from '@/lib/review-dates';
import { clinicalReviewStatus } from '@/lib/review-status';
import { SECTION_IDS } from '@/lib/section-ids';
import { siteConfig } from '@/lib/site-config';
import { fillText, uiText } from '@/lib/ui-text';

/**
 * When the page was last checked against its sources and is due again, and, apart from that,
 * whether a clinician at the clinic has reviewed it.
 */
export function ReviewDates({
  lastReviewed,
  clinicalReview,
}: {
  lastReviewed: string;
  clinicalReview?: { reviewer: string; date: string };
}) {
  const reviewed = calendarDate(lastReviewed);
  const due = nextReviewDate(reviewed, siteConfig.reviewIntervalMonths);
  const status = clinicalReviewStatus(clinicalReview, siteConfig.reviewers);
  return (
    <dl
      id={SECTION_IDS.reviewStatus}
      data-pagefind-ignore=""
      className="review-dates my-6 flex flex-wrap gap-x-8 gap-y-1 border-t border-line pt-4 text-base"
    >
      <div className="flex gap-2">
        <dt>{uiText.lastReviewed}:</dt>
        <dd>
          <time dateTime={reviewed}>{formatDate(reviewed, siteConfig.language)}</time>
        </dd>
      </div>
      <div className="flex gap-2">
        <dt>{uiText.nextReview}:</dt>
        <dd>
          <time dateTime={due}>{formatDate(due, siteConfig.language)}</time>
        </dd>
      </div>
      <div className="flex basis-full gap-2">
        <dt>{uiText.review.clinical}:</dt>
        <dd>
          {status.reviewed
            ? fillText(uiText.review.reviewedBy, {
                name: status.reviewer.name,
                credentials: status.reviewer.credentials,
                date: formatDate(calendarDate(status.date), siteConfig.language),
              })
            : fillText(uiText.review.notYet, { clinic: siteConfig.clinic.name })}
        </dd>
      </div>
    </dl>
  );
}
