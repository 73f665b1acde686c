/**
 * A page's clinical review, as readers are told it: who signed it off and when, or plainly
 * that no clinician at the clinic has reviewed it yet. The content check has already refused
 * a reviewer who is not in the configuration.
 */
import { HTML_LANG, type Locale } from './i18n';
import { requestLocale } from './request-locale';
import { calendarDate, formatDate, nextReviewDate } from './review-dates';
import type { Reviewer, SiteConfig } from './site-config';
import { fillText, uiText } from './ui-text';

export type ClinicalReviewStatus =
  { reviewed: false } | { reviewed: true; reviewer: Reviewer; date: string };

export function clinicalReviewStatus(
  review: { reviewer: string; date: string } | undefined,
  reviewers: readonly Reviewer[],
): ClinicalReviewStatus {
  const reviewer = review && reviewers.find((r) => r.id === review.reviewer);
  return review && reviewer ? { reviewed: true, reviewer, date: review.date } : { reviewed: false };
}

/** A page's review facts as they are shown: on screen above the page's end, on paper in its footer. */
export type ReviewSummary = {
  /** When the page was last checked against its sources, as YYYY-MM-DD and as readers read it. */
  lastChecked: { date: string; text: string };
  /** When that check is due again. */
  nextCheck: { date: string; text: string };
  /** Who at the clinic signed the page off, or that nobody has yet. */
  clinical: string;
};

/**
 * Everything a page says about its reviews, derived once from its front matter and the site
 * configuration, so the screen and the printed handout cannot disagree.
 */
export function reviewSummary(
  page: { lastReviewed: string; clinicalReview?: { reviewer: string; date: string } },
  config: Pick<SiteConfig, 'reviewIntervalMonths' | 'reviewers' | 'clinic'>,
  locale: Locale = requestLocale(),
): ReviewSummary {
  const language = HTML_LANG[locale];
  const reviewed = calendarDate(page.lastReviewed);
  const due = nextReviewDate(reviewed, config.reviewIntervalMonths);
  const status = clinicalReviewStatus(page.clinicalReview, config.reviewers);
  return {
    lastChecked: { date: reviewed, text: formatDate(reviewed, language) },
    nextCheck: { date: due, text: formatDate(due, language) },
    clinical: status.reviewed
      ? fillText(uiText.review.reviewedBy, {
          name: status.reviewer.name,
          credentials: status.reviewer.credentials,
          date: formatDate(calendarDate(status.date), language),
        })
      : fillText(uiText.review.notYet, { clinic: config.clinic.name }),
  };
}
