/**
 * The library's quality gates, run by the content check after every file has passed the
 * schema. The rules themselves live in lib/content/rules/, one module each; this module
 * runs them and builds the content report from what they measured. Pure: it reads parsed
 * pages and returns one-line problems.
 */
import type { Locale } from '../i18n';
import { nextReviewDate } from '../review-dates';
import type { BodyFacts } from './markdown';
import { runRules } from './rules';
import type { RuleContext, RuleSettings } from './rules/context';
import { factUses } from './rules/facts';
import { indexLibrary } from './rules/library';
import { formatProblem, strings } from './rules/problem';
import { medianGrade, medianScore } from './rules/readability';
import { COLLECTIONS, type CollectionName } from './schema';

export type ParsedPage = {
  collection: CollectionName;
  slug: string;
  /** The file's path as shown in messages. */
  display: string;
  data: Record<string, unknown>;
  /** The Markdown body as written, with its directives. */
  body: string;
  /** The body as readers see it: shared facts inserted in place of their references. */
  shownBody: string;
  /** What the body says, parsed once by the content check. */
  facts: BodyFacts;
  /** The language the page is written in; a translation's links are in the English shape. */
  locale: Locale;
};

/** The settings the gates apply: the site configuration's, or a test's own. */
export type QualityOptions = RuleSettings;

export type PageReport = {
  file: string;
  collection: CollectionName;
  slug: string;
  title: string;
  /** Old addresses that redirect to this page. */
  redirectFrom: string[];
  words: number;
  /** Flesch–Kincaid grade of the prose, with glossary terms excused; null where not measured. */
  grade: number | null;
  /** INFLESZ score of a Spanish page's prose, with glossary terms excused; null where not measured. */
  score: number | null;
  locale: Locale;
  sources: number;
  trustedSources: number;
  lastReviewed: string | null;
  nextReview: string | null;
  /** The clinician's sign-off ("jsmith 2026-11-30"), or null when no clinician has reviewed the page. */
  clinicalReview: string | null;
  problems: string[];
  warnings: string[];
};

export type QualityResult = {
  errors: string[];
  warnings: string[];
  pages: PageReport[];
  medianGrade: number;
  /** The median INFLESZ score of the pages, for a Spanish library; 0 otherwise. */
  medianScore: number;
  factUses: Record<string, string[]>;
};

const clinicalReviewOf = (data: Record<string, unknown>): string | null => {
  const review = data.clinicalReview as { reviewer?: unknown; date?: unknown } | undefined;
  return review ? `${String(review.reviewer)} ${String(review.date)}` : null;
};

export function checkQuality(pages: readonly ParsedPage[], options: QualityOptions): QualityResult {
  const context: RuleContext = { ...options, library: indexLibrary(pages) };
  const reports = new Map<string, PageReport>();
  for (const page of pages) {
    const figures = context.library.figures.get(page);
    const lastReviewed = typeof page.data.lastReviewed === 'string' ? page.data.lastReviewed : null;
    reports.set(page.display, {
      file: page.display,
      collection: page.collection,
      slug: page.slug,
      title: String(page.data.title ?? page.data.question ?? page.data.term ?? page.slug),
      redirectFrom: strings(page.data.redirectFrom),
      words: figures?.words ?? 0,
      grade: figures?.grade ?? null,
      score: figures?.score ?? null,
      locale: page.locale,
      sources: figures?.sources ?? 0,
      trustedSources: figures?.trustedSources ?? 0,
      lastReviewed,
      nextReview: lastReviewed ? nextReviewDate(lastReviewed, options.reviewIntervalMonths) : null,
      clinicalReview: clinicalReviewOf(page.data),
      problems: [],
      warnings: [],
    });
  }
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const problem of runRules(pages, context)) {
    const line = formatProblem(problem);
    (problem.warning ? warnings : errors).push(line);
    const report = reports.get(problem.file);
    if (report) (problem.warning ? report.warnings : report.problems).push(line);
  }
  // Keep COLLECTIONS order stable in reports.
  const pageReports = [...reports.values()].sort(
    (a, b) =>
      COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection) ||
      a.slug.localeCompare(b.slug),
  );
  return {
    errors,
    warnings,
    pages: pageReports,
    medianGrade: medianGrade(pages, context),
    medianScore: medianScore(pages, context),
    factUses: factUses(pages),
  };
}
