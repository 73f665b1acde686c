import { formatDate, nextReviewDate, calendarDate } from '@/lib/review-dates';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';

/** When the page was last checked, and when it is due to be checked again. */
export function ReviewDates({ lastReviewed }: { lastReviewed: string }) {
  const reviewed = calendarDate(lastReviewed);
  const due = nextReviewDate(reviewed, siteConfig.reviewIntervalMonths);
  return (
    <dl
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
    </dl>
  );
}
