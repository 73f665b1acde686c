/**
 * The library's quality gates, run by the content check after every file has passed the
 * schema: reading level, required sections, length, sources, review dates, internal
 * links and orphans. Pure: it reads parsed pages and returns one-line problems.
 */
import { nextReviewDate } from '../review-dates';
import type { BodyFacts } from './markdown';
import { excuseTerms, median, readability, wholeWordsPattern } from './readability';
import { termMatcher } from './term-matcher';
import {
  COLLECTIONS,
  SCHEMA,
  isPageCollection,
  TOPICS,
  pageUrl,
  type CollectionName,
} from './schema';
import { indexLetter, letterLabel } from './index-letters';
import { FIXED_PATHS, isReservedPath } from './site-paths';
import { isTrustedSource } from './trusted-sources';
import type { Reviewer } from '../site-config';
import { runRules } from './rules';
import type { RuleContext } from './rules/context';
import { factUses } from './rules/facts';
import { formatProblem } from './rules/problem';

const clinicalReviewOf = (data: Record<string, unknown>): string | null => {
  const review = data.clinicalReview as { reviewer?: unknown; date?: unknown } | undefined;
  return review ? `${String(review.reviewer)} ${String(review.date)}` : null;
};

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
};

export type QualityOptions = {
  /** How file paths start in messages, for problems of the library as a whole. */
  root: string;
  today: string;
  reviewIntervalMonths: number;
  maxReadingGrade: number;
  maxMedianReadingGrade: number;
  overdueReviewIsError: boolean;
  maxGuidelineAgeYears: number;
  reviewers: readonly Reviewer[];
  requireClinicalReview: boolean;
  /** Every address the site has published (content/published-paths.txt), when recorded. */
  publishedPaths?: readonly string[];
};

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
  factUses: Record<string, string[]>;
};

type Source = { url?: unknown };

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const SITE_PATH = /^\/[a-z0-9]+(?:[-/][a-z0-9]+)*$/;

/**
 * Old addresses must lead somewhere: each redirect is a clean site path that no page uses
 * and no other page claims, and every address ever published still resolves.
 */
function addressProblems(
  pages: readonly ParsedPage[],
  options: QualityOptions,
): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const pagePaths = new Set([
    ...FIXED_PATHS,
    ...pages.flatMap((p) =>
      isPageCollection(p.collection) ? [pageUrl(p.collection, p.slug)] : [],
    ),
  ]);
  for (const page of pages) {
    if (!isPageCollection(page.collection)) continue;
    const url = pageUrl(page.collection, page.slug);
    if (isReservedPath(url))
      errors.push(
        `${page.display}: its address ${url} belongs to one of the site's own pages; rename the file`,
      );
  }
  const redirectOwner = new Map<string, string>();
  for (const page of pages) {
    if (!isPageCollection(page.collection)) continue;
    const to = pageUrl(page.collection, page.slug);
    strings(page.data.redirectFrom).forEach((from, index) => {
      const field = `redirectFrom[${index}]`;
      if (!SITE_PATH.test(from))
        errors.push(
          `${page.display}: ${field}: ${JSON.stringify(from)} must be a site path such as /conditions/old-name`,
        );
      else if (pagePaths.has(from))
        errors.push(
          `${page.display}: ${field}: ${JSON.stringify(from)} is the address of a page that exists`,
        );
      else if (redirectOwner.has(from))
        errors.push(
          `${page.display}: ${field}: ${JSON.stringify(from)} already redirects to ${redirectOwner.get(from)}`,
        );
      else redirectOwner.set(from, to);
    });
  }
  if (options.publishedPaths) {
    const file = `${options.root}/published-paths.txt`;
    const published = new Set(options.publishedPaths);
    for (const path of options.publishedPaths) {
      if (!pagePaths.has(path) && !redirectOwner.has(path)) {
        errors.push(
          `${file}: path: ${JSON.stringify(path)} was published but no page is there now; add it to the redirectFrom list of the page that replaced it`,
        );
      }
    }
    for (const path of [...pagePaths].sort()) {
      if (!published.has(path))
        warnings.push(
          `${file}: path: ${JSON.stringify(path)} is new; run npm run content:record-paths to record it`,
        );
    }
  }
  return { errors, warnings };
}

/** The words a glossary defines: excused from reading grades, and what a term must be used as. */
function glossaryWords(pages: readonly ParsedPage[]): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const page of pages.filter((p) => p.collection === 'glossary')) {
    words.set(
      page.slug,
      [page.data.term, ...strings(page.data.otherSpellings)].filter((w) => typeof w === 'string'),
    );
  }
  return words;
}

/** Why an internal link is broken, or undefined when it leads somewhere real. */
function brokenLink(target: string, keys: ReadonlySet<string>): string | undefined {
  if (/^(https?:|mailto:|tel:)/i.test(target)) return undefined;
  if (target.startsWith('#')) return undefined;
  if (!target.startsWith('/'))
    return 'is not a site path; write links to other pages as /collection/slug';
  const [pathPart = '', fragment] = target.split('#');
  const path = pathPart.replace(/\/$/, '') || '/';
  // Questions have pages of their own; /faq#slug, their address before that, still leads to each.
  if (path === '/faq' && fragment)
    return keys.has(`faqs/${fragment}`) ? undefined : 'is not a question on the FAQ page';
  if (path.startsWith('/faq/'))
    return keys.has(`faqs/${path.slice('/faq/'.length)}`)
      ? undefined
      : 'is not a question on this site';
  if (path === '/glossary' && fragment) {
    return keys.has(`glossary/${fragment}`)
      ? `is the glossary's old address for the term; write ${pageUrl('glossary', fragment)}`
      : 'is not a term in the glossary';
  }
  if (path.startsWith('/glossary/') && fragment) {
    if (!keys.has(`glossary/${fragment}`)) return 'is not a term in the glossary';
    return pageUrl('glossary', fragment) === `${path}#${fragment}`
      ? undefined
      : `is on another letter's page; write ${pageUrl('glossary', fragment)}`;
  }
  if (FIXED_PATHS.includes(path)) return undefined;
  const [, collection, slug, extra] = path.split('/');
  if (
    extra === undefined &&
    keys.has(`${collection}/${slug}`) &&
    ['conditions', 'procedures', 'guides'].includes(collection ?? '')
  ) {
    return undefined;
  }
  return 'is not a page on this site';
}

/** Pages that link to each page (by collection/slug), from bodies and from every computed relation. */
function inboundLinks(pages: readonly ParsedPage[]): Map<string, Set<string>> {
  const inbound = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    if (!inbound.has(to)) inbound.set(to, new Set());
    inbound.get(to)?.add(from);
  };
  const both = (a: string, b: string) => {
    link(a, b);
    link(b, a);
  };
  for (const page of pages) {
    const key = `${page.collection}/${page.slug}`;
    for (const target of page.facts.links) {
      const [pathPart = '', fragment] = target.split('#');
      if (pathPart === '/faq' && fragment) link(key, `faqs/${fragment}`);
      else if (pathPart.startsWith('/faq/')) link(key, `faqs/${pathPart.slice('/faq/'.length)}`);
      else if (pathPart.startsWith('/glossary') && fragment) link(key, `glossary/${fragment}`);
      else if (pathPart.startsWith('/')) link(key, pathPart.slice(1).replace(/\/$/, ''));
    }
    // Relations show on both pages: a condition's procedures list the condition back, and
    // a question appears on each page it names.
    if (page.collection === 'conditions')
      for (const slug of strings(page.data.procedures)) both(key, `procedures/${slug}`);
    if (page.collection === 'procedures')
      for (const slug of strings(page.data.conditions)) both(key, `conditions/${slug}`);
    if (page.collection === 'faqs')
      for (const other of strings(page.data.related)) both(key, other);
    if (page.collection === 'glossary' && typeof page.data.related === 'string')
      link(key, page.data.related);
  }
  // Guides sharing a topic list each other as related guides.
  for (const topic of TOPICS) {
    const sharing = pages.filter(
      (p) => p.collection === 'guides' && strings(p.data.topics).includes(topic),
    );
    for (const a of sharing) for (const b of sharing) link(`guides/${a.slug}`, `guides/${b.slug}`);
  }
  return inbound;
}

export function checkQuality(pages: readonly ParsedPage[], options: QualityOptions): QualityResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const keys = new Set(pages.map((p) => `${p.collection}/${p.slug}`));
  const terms = glossaryWords(pages);
  const findTerms = termMatcher([...terms.values()].flat());
  const textOf = (page: ParsedPage) =>
    `${page.shownBody}\n${strings(page.data.keyPoints).join('\n')}`;
  // One pass over each page for all terms, not one pass per term: at thousands of terms and
  // pages the difference is minutes.
  const usedWords = new Set<string>();
  for (const page of pages.filter((p) => p.collection !== 'glossary'))
    for (const { text } of findTerms(textOf(page))) usedWords.add(text.toLowerCase());
  const inbound = inboundLinks(pages);
  const reports: PageReport[] = [];

  for (const page of pages) {
    const rules = SCHEMA[page.collection].quality;
    const report: PageReport = {
      file: page.display,
      collection: page.collection,
      slug: page.slug,
      title: String(page.data.title ?? page.data.question ?? page.data.term ?? page.slug),
      redirectFrom: strings(page.data.redirectFrom),
      words: 0,
      grade: null,
      sources: 0,
      trustedSources: 0,
      lastReviewed: typeof page.data.lastReviewed === 'string' ? page.data.lastReviewed : null,
      nextReview: null,
      clinicalReview: clinicalReviewOf(page.data),
      problems: [],
      warnings: [],
    };
    const problem = (field: string, message: string) =>
      report.problems.push(`${page.display}: ${field}: ${message}`);
    const key = `${page.collection}/${page.slug}`;

    for (const target of page.facts.links) {
      const why = brokenLink(target, keys);
      if (why) problem('body', `link ${JSON.stringify(target)} ${why}`);
    }

    if (page.collection === 'glossary') {
      // The term's address is found from its file name (see pageUrl), so both must start alike.
      const letter = indexLetter(String(page.data.term ?? ''));
      if (typeof page.data.term === 'string' && indexLetter(page.slug) !== letter) {
        problem(
          'term',
          `${JSON.stringify(page.data.term)} is filed under ${letterLabel(letter)} in the glossary, but the file name does not start with ${letter === '#' ? 'a digit' : letter.toLowerCase()}; name the file after the term`,
        );
      }
      const words = terms.get(page.slug) ?? [];
      const pattern = wholeWordsPattern(words);
      // A term seen only inside a longer term ("spinal cord" in "spinal cord stimulation")
      // escapes the single pass, so a term it missed gets a search of its own.
      const used =
        words.some((word) => usedWords.has(word.trim().toLowerCase())) ||
        (pattern !== undefined &&
          pages.some((p) => p.collection !== 'glossary' && textOf(p).search(pattern) !== -1));
      if (!used && !inbound.has(key)) {
        problem(
          'term',
          `${JSON.stringify(page.data.term)} is not used or linked on any page; use it in a page or remove it`,
        );
      }
    } else if (isPageCollection(page.collection) && !inbound.has(key)) {
      problem(
        'links',
        `no other page links to ${JSON.stringify(pageUrl(page.collection, page.slug))}; link to it from a related page`,
      );
    }

    if (rules) {
      const prose = page.facts.prose;
      const measured = readability(prose);
      report.words = measured.words;
      if (rules.readabilityChecked) {
        report.grade = readability(prose.map((block) => excuseTerms(block, findTerms))).grade;
        if (report.grade > options.maxReadingGrade) {
          problem(
            'body',
            `reading grade ${report.grade} is above the limit of ${options.maxReadingGrade}; use shorter sentences and simpler words`,
          );
        }
      }
      if (measured.words < rules.minProseWords) {
        problem(
          'body',
          `${measured.words} words of prose; at least ${rules.minProseWords} are needed`,
        );
      }
      if (rules.maxProseWords !== undefined && measured.words > rules.maxProseWords) {
        problem(
          'body',
          `${measured.words} words of prose; at most ${rules.maxProseWords} are allowed`,
        );
      }
      const sections = page.facts.sections.map((title) => title.toLowerCase());
      for (const required of rules.requiredSections) {
        if (!sections.includes(required.toLowerCase())) {
          problem('body', `${JSON.stringify(`## ${required}`)} section is missing`);
        }
      }
      const sources = (Array.isArray(page.data.sources) ? page.data.sources : []) as Source[];
      const urls = sources.map((s) => (typeof s.url === 'string' ? s.url : ''));
      report.sources = urls.length;
      report.trustedSources = urls.filter(isTrustedSource).length;
      urls.forEach((url, index) => {
        if (!url.startsWith('https://'))
          problem(`sources[${index}].url`, `${JSON.stringify(url)} must start with https://`);
      });
      if (urls.length < rules.minSources) {
        problem('sources', `has ${urls.length}; at least ${rules.minSources} are needed`);
      }
      if (report.trustedSources < rules.minTrustedSources) {
        problem(
          'sources',
          `${report.trustedSources} of ${urls.length} from trusted publishers; at least ${rules.minTrustedSources} are needed (see lib/content/trusted-sources.ts)`,
        );
      }
    }

    if (report.lastReviewed) {
      report.nextReview = nextReviewDate(report.lastReviewed, options.reviewIntervalMonths);
      if (report.nextReview < options.today) {
        const message = `${page.display}: lastReviewed: ${JSON.stringify(report.lastReviewed)} is overdue for review (due ${report.nextReview})`;
        if (options.overdueReviewIsError) report.problems.push(message);
        else report.warnings.push(message);
      }
    }

    errors.push(...report.problems);
    warnings.push(...report.warnings);
    reports.push(report);
  }

  const ruleContext: RuleContext = {
    today: options.today,
    reviewIntervalMonths: options.reviewIntervalMonths,
    reviewers: options.reviewers,
    requireClinicalReview: options.requireClinicalReview,
    maxGuidelineAgeYears: options.maxGuidelineAgeYears,
  };
  const byFile = new Map(reports.map((r) => [r.file, r]));
  for (const problem of runRules(pages, ruleContext)) {
    const line = formatProblem(problem);
    (problem.warning ? warnings : errors).push(line);
    const report = byFile.get(problem.file);
    if (report) (problem.warning ? report.warnings : report.problems).push(line);
  }

  const addresses = addressProblems(pages, options);
  errors.push(...addresses.errors);
  warnings.push(...addresses.warnings);

  const grades = reports.map((r) => r.grade).filter((g): g is number => g !== null);
  const medianGrade = Math.round(median(grades) * 10) / 10;
  if (grades.length > 0 && medianGrade > options.maxMedianReadingGrade) {
    errors.push(
      `${options.root}: reading grade: the library's median grade ${medianGrade} is above the limit of ${options.maxMedianReadingGrade}`,
    );
  }
  // Keep COLLECTIONS order stable in reports.
  reports.sort(
    (a, b) =>
      COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection) ||
      a.slug.localeCompare(b.slug),
  );
  return { errors, warnings, pages: reports, medianGrade, factUses: factUses(pages) };
}
