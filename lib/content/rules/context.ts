/** What every content rule is given: the pages that passed the schema, and the settings. */
import type { Locale } from '../../i18n';
import type { Reviewer } from '../../site-config';
import type { ParsedPage } from '../quality';
import type { LibraryIndex } from './library';
import { sentencesIn } from '../readability';
import { strings } from './problem';

/** The settings the rules apply (from the site configuration, or a test's own). */
export type RuleSettings = {
  /** The language of the pages checked together. */
  locale: Locale;
  /** How file paths start in messages, for problems of the library as a whole. */
  root: string;
  today: string;
  reviewIntervalMonths: number;
  maxReadingGrade: number;
  maxMedianReadingGrade: number;
  /** Lowest INFLESZ score for any one Spanish page, and for the Spanish library's median. */
  minInfleszScore: number;
  minMedianInfleszScore: number;
  overdueReviewIsError: boolean;
  maxGuidelineAgeYears: number;
  reviewers: readonly Reviewer[];
  requireClinicalReview: boolean;
  /** Every address the site has published (content/published-paths.txt), when recorded. */
  publishedPaths?: readonly string[];
};

export type RuleContext = RuleSettings & { library: LibraryIndex };

/** Front-matter fields whose text readers see on the page, beside the body. */
const SHOWN_FIELDS = [
  'statement',
  'description',
  'keyPoints',
  'callEmergency',
  'callToday',
  'seeYourDoctor',
  'questionsToAsk',
];

/** Everything a reader of the page reads: the body with its facts inserted, and the shown fields. */
export function readerText(page: ParsedPage): string {
  const glance = page.data.atAGlance;
  const glanceText =
    glance && typeof glance === 'object'
      ? Object.values(glance).filter((v) => typeof v === 'string')
      : [];
  return [
    page.shownBody,
    ...SHOWN_FIELDS.flatMap((field) =>
      typeof page.data[field] === 'string' ? [page.data[field]] : strings(page.data[field]),
    ),
    ...glanceText,
  ].join('\n');
}

/** What readers read, one sentence at a time, for rules that quote the sentence they refuse. */
export const readerSentences = (page: ParsedPage): string[] =>
  readerText(page).split('\n').flatMap(sentencesIn);

/** The addresses of a page's own sources, in order ("" for one without an address). */
export function sourceUrls(page: ParsedPage): string[] {
  const sources = Array.isArray(page.data.sources)
    ? (page.data.sources as { url?: unknown }[])
    : [];
  return sources.map((source) => (typeof source.url === 'string' ? source.url : ''));
}
