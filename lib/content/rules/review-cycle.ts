/** Pages are checked against their sources again within the review interval. */
import { nextReviewDate } from '../../review-dates';
import type { ParsedPage } from '../quality';
import type { RuleContext } from './context';
import type { Problem } from './problem';

export function reviewCycleProblems(page: ParsedPage, context: RuleContext): Problem[] {
  const reviewed = page.data.lastReviewed;
  if (typeof reviewed !== 'string') return [];
  const due = nextReviewDate(reviewed, context.reviewIntervalMonths);
  if (due >= context.today) return [];
  return [
    {
      file: page.display,
      field: 'lastReviewed',
      value: reviewed,
      message: `is overdue for review (due ${due})`,
      warning: !context.overdueReviewIsError,
    },
  ];
}
