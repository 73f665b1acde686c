/**
 * The clinical-safety rules, each in its own module, run over the pages that passed the
 * schema. Problems come back structured and are formatted in one place (problem.ts).
 */
import type { ParsedPage } from '../quality';
import { clinicalReviewProblems } from './clinical-review';
import type { RuleContext } from './context';
import { crisisLineProblems } from './crisis-line';
import { factProblems } from './facts';
import type { Problem } from './problem';
import { safetyPointProblems } from './safety-points';
import { sectionIdProblems } from './section-ids';
import { sourceProblems } from './sources';
import { urgencyProblems } from './urgency';
import { wordingProblems } from './wording';

/** Rules that look at one page at a time. */
const PAGE_RULES: ((page: ParsedPage, context: RuleContext) => Problem[])[] = [
  urgencyProblems,
  crisisLineProblems,
  safetyPointProblems,
  sourceProblems,
  wordingProblems,
  clinicalReviewProblems,
  sectionIdProblems,
];

export function runRules(pages: readonly ParsedPage[], context: RuleContext): Problem[] {
  return [
    ...pages.flatMap((page) => PAGE_RULES.flatMap((rule) => rule(page, context))),
    ...factProblems(pages),
  ];
}
