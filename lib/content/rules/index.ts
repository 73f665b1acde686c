/**
 * The content check's rules, one module each, run over the pages that passed the schema.
 * Each returns structured problems; they are formatted in one place (problem.ts).
 */
import type { ParsedPage } from '../quality';
import { addressProblems } from './addresses';
import { clinicalReviewProblems } from './clinical-review';
import type { RuleContext } from './context';
import { crisisLineProblems } from './crisis-line';
import { diagramProblems } from './diagram';
import { driverProblems } from './driver';
import { lengthProblems, requiredSectionProblems } from './depth';
import { factProblems } from './facts';
import { glossaryTermProblems } from './glossary';
import { brokenLinkProblems, orphanProblems } from './links';
import type { Problem } from './problem';
import { medianGradeProblems, readingGradeProblems } from './readability';
import { reviewCycleProblems } from './review-cycle';
import { safetyPointProblems } from './safety-points';
import { sectionIdProblems } from './section-ids';
import { sentenceCaseProblems } from './sentence-case';
import { sourceCountProblems } from './source-count';
import { sourceProblems } from './sources';
import { urgencyProblems } from './urgency';
import { wordingProblems } from './wording';

type PageRule = (page: ParsedPage, context: RuleContext, pages: readonly ParsedPage[]) => Problem[];

/** Rules that look at one page at a time, in the order an author reads their problems. */
const PAGE_RULES: readonly PageRule[] = [
  brokenLinkProblems,
  glossaryTermProblems,
  orphanProblems,
  readingGradeProblems,
  lengthProblems,
  requiredSectionProblems,
  sourceCountProblems,
  reviewCycleProblems,
  urgencyProblems,
  crisisLineProblems,
  safetyPointProblems,
  driverProblems,
  sourceProblems,
  wordingProblems,
  clinicalReviewProblems,
  sectionIdProblems,
  diagramProblems,
  sentenceCaseProblems,
];

/**
 * Rules that read only fields a translation shares with its original (lib/content/schema.ts):
 * they run on the original, so one mistake is reported once, in the file that has it.
 */
const SHARED_FIELD_RULES: ReadonlySet<PageRule> = new Set([diagramProblems, driverProblems]);

/** Rules about the library as a whole. */
const LIBRARY_RULES: readonly ((
  pages: readonly ParsedPage[],
  context: RuleContext,
) => Problem[])[] = [factProblems, addressProblems, medianGradeProblems];

export function runRules(pages: readonly ParsedPage[], context: RuleContext): Problem[] {
  return [
    ...pages.flatMap((page) =>
      PAGE_RULES.filter((rule) => page.locale === 'en' || !SHARED_FIELD_RULES.has(rule)).flatMap(
        (rule) => rule(page, context, pages),
      ),
    ),
    ...LIBRARY_RULES.flatMap((rule) => rule(pages, context)),
  ];
}
