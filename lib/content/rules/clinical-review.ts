/**
 * Honest review status. `lastReviewed` is when the page was checked against its sources; a
 * clinical review is a clinician's sign-off, naming one of the clinic's reviewers in the site
 * configuration. With `requireClinicalReview` on, every page needs a current one.
 */
import { nextReviewDate } from '../../review-dates';
import type { ParsedPage } from '../quality';
import type { RuleContext } from './context';
import type { Problem } from './problem';

/** Collections whose pages carry a clinical review. */
const REVIEWED = new Set(['conditions', 'procedures', 'guides', 'faqs']);

export function clinicalReviewProblems(page: ParsedPage, context: RuleContext): Problem[] {
  if (!REVIEWED.has(page.collection)) return [];
  const review = page.data.clinicalReview as { reviewer?: unknown; date?: unknown } | undefined;
  const ids = context.reviewers.map((r) => r.id);
  if (!review) {
    return context.requireClinicalReview
      ? [
          {
            file: page.display,
            field: 'clinicalReview',
            message:
              'missing: every page needs a clinician’s review before the site goes live (requireClinicalReview is on)',
          },
        ]
      : [];
  }
  const reviewer = String(review.reviewer);
  if (!ids.includes(reviewer)) {
    return [
      {
        file: page.display,
        field: 'clinicalReview.reviewer',
        value: reviewer,
        message: `is not one of the clinic's reviewers in lib/site-config.ts (${ids.length > 0 ? ids.join(', ') : 'none are listed'})`,
      },
    ];
  }
  const due = nextReviewDate(String(review.date), context.reviewIntervalMonths);
  if (due >= context.today) return [];
  return [
    {
      file: page.display,
      field: 'clinicalReview.date',
      value: String(review.date),
      message: `is overdue: the clinical review was due again on ${due}`,
      warning: !context.requireClinicalReview,
    },
  ];
}
