/**
 * A page's clinical review, as readers are told it: who signed it off and when, or plainly
 * that no clinician at the clinic has reviewed it yet. The content check has already refused
 * a reviewer who is not in the configuration.
 */
import type { Reviewer } from './site-config';

export type ClinicalReviewStatus =
  { reviewed: false } | { reviewed: true; reviewer: Reviewer; date: string };

export function clinicalReviewStatus(
  review: { reviewer: string; date: string } | undefined,
  reviewers: readonly Reviewer[],
): ClinicalReviewStatus {
  const reviewer = review && reviewers.find((r) => r.id === review.reviewer);
  return review && reviewer ? { reviewed: true, reviewer, date: review.date } : { reviewed: false };
}
