/**
 * Content queries for pages: every list is sorted, every relation computed once here.
 * Pages trust this data: the content check has already refused broken references.
 */
import {
  allConditionEs,
  allConditions as englishConditions,
  allFactEs,
  allFacts as englishFacts,
  allFaqEs,
  allFaqs as englishFaqs,
  allGlossaryTermEs,
  allGlossaryTerms as englishGlossaryTerms,
  allGuideEs,
  allGuides as englishGuides,
  allProcedureEs,
  allProcedures as englishProcedures,
  type Condition as ConditionDoc,
  type Fact as FactDoc,
  type Faq as FaqDoc,
  type GlossaryTerm as GlossaryTermDoc,
  type Guide as GuideDoc,
  type Procedure as ProcedureDoc,
} from 'contentlayer/generated';
import { ORIGINAL_LOCALE, localizePath, logicalPath, type Locale } from '../i18n';
import { requestLocale } from '../request-locale';
import type { TocEntry } from './markdown';
import { indexLetter, indexLettersFor } from './index-letters';
import {
  QUESTIONS_SHOWN_PER_TOPIC,
  firstFew,
  groupInOrder,
  linkedEitherWay,
  questionsAbout,
  sharingTopics,
} from './relations';
import { fixedPathsIn } from './site-paths';
import {
  BODY_AREAS,
  PROCEDURE_KINDS,
  TOPICS,
  type BodyArea,
  type ProcedureKind,
  type Topic,
} from './schema';

/**
 * A document in one language. A translation carries the fields of its English original it
 * does not write (relations, kinds, the drawing), so pages read every document alike.
 */
type InLanguage<T> = T & {
  locale: Locale;
  /** The English page's slug: the name relations and shared facts use in every language. */
  originalSlug: string;
};
export type Condition = InLanguage<ConditionDoc>;
export type Procedure = InLanguage<ProcedureDoc>;
export type Guide = InLanguage<GuideDoc>;
export type Faq = InLanguage<FaqDoc>;
export type GlossaryTerm = InLanguage<GlossaryTermDoc>;
type Fact = InLanguage<FactDoc>;
export type ContentDoc = Condition | Procedure | Guide;

/**
 * A list computed once per build worker and language, and shared by every page: sorting the
 * whole library again for each of thousands of pages would be the same work thousands of times.
 */
const oncePerLocale = <T>(compute: (locale: Locale) => T): ((locale?: Locale) => T) => {
  const values = new Map<Locale, T>();
  return (locale = requestLocale()) => {
    if (!values.has(locale)) values.set(locale, compute(locale));
    return values.get(locale) as T;
  };
};

/** The sort order of names in a language (Spanish files ñ after n). */
const compareNames = (a: string, b: string, locale: Locale) => a.localeCompare(b, locale);

/**
 * Documents in a language: the originals as they are, or each translation merged over its
 * original. A translation's nested groups (the comparison cells) keep the original's
 * language-free fields, such as whether a driver is needed.
 */
function inLanguage<T extends { slug: string; type: string } & object>(
  originals: readonly T[],
  translations: readonly { translationOf: string }[],
  locale: Locale,
): InLanguage<T>[] {
  if (locale === ORIGINAL_LOCALE)
    return originals.map((doc): InLanguage<T> =>
      Object.assign({}, doc, { locale, originalSlug: doc.slug }),
    );
  return translations.flatMap((translation) => {
    const original = originals.find((doc) => doc.slug === translation.translationOf);
    if (!original) return [];
    const merged: Record<string, unknown> = Object.assign({}, original, translation);
    for (const [field, value] of Object.entries(translation as Record<string, unknown>)) {
      const theirs = (original as Record<string, unknown>)[field];
      if (isGroup(value) && isGroup(theirs)) merged[field] = { ...theirs, ...value };
    }
    merged.type = original.type;
    delete merged.translationOf;
    return [Object.assign(merged as T, { locale, originalSlug: original.slug })];
  });
}

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !('raw' in value);

const byTitle = <T extends { title: string; locale: Locale }>(items: readonly T[]) =>
  [...items].sort((a, b) => compareNames(a.title, b.title, a.locale));

const conditionsIn = oncePerLocale((locale) =>
  byTitle(inLanguage(englishConditions, allConditionEs, locale)),
);
const proceduresIn = oncePerLocale((locale) =>
  byTitle(inLanguage(englishProcedures, allProcedureEs, locale)),
);
const guidesIn = oncePerLocale((locale) => byTitle(inLanguage(englishGuides, allGuideEs, locale)));
const faqsIn = oncePerLocale((locale) =>
  inLanguage(englishFaqs, allFaqEs, locale).sort((a, b) =>
    compareNames(a.question, b.question, locale),
  ),
);
const glossaryIn = oncePerLocale((locale) =>
  inLanguage(englishGlossaryTerms, allGlossaryTermEs, locale).sort((a, b) =>
    compareNames(a.term, b.term, locale),
  ),
);
const factsIn = oncePerLocale((locale): Fact[] => inLanguage(englishFacts, allFactEs, locale));

/** Each shared fact's statement by slug, in a language. */
export const factStatements = oncePerLocale(
  (locale) => new Map(factsIn(locale).map((fact) => [fact.slug, fact.statement])),
);

export const getConditions = (locale?: Locale): readonly Condition[] => conditionsIn(locale);
export const getProcedures = (locale?: Locale): readonly Procedure[] => proceduresIn(locale);
export const getGuides = (locale?: Locale): readonly Guide[] => guidesIn(locale);
export const getGlossaryTerms = (locale?: Locale): readonly GlossaryTerm[] => glossaryIn(locale);
export const getFaqs = (locale?: Locale): readonly Faq[] => faqsIn(locale);

export const getCondition = (slug: string, locale?: Locale) =>
  conditionsIn(locale).find((doc) => doc.slug === slug);
export const getProcedure = (slug: string, locale?: Locale) =>
  proceduresIn(locale).find((doc) => doc.slug === slug);
export const getGuide = (slug: string, locale?: Locale) =>
  guidesIn(locale).find((doc) => doc.slug === slug);
export const getFaq = (slug: string, locale?: Locale) =>
  faqsIn(locale).find((doc) => doc.slug === slug);

/** The same documents in another language, by their originals' slugs, in that language's order. */
function sameIn<T extends { slug: string }, U extends { originalSlug: string }>(
  originals: readonly T[],
  all: readonly U[],
): U[] {
  const wanted = new Set(originals.map((doc) => doc.slug));
  return all.filter((doc) => wanted.has(doc.originalSlug));
}

export { QUESTIONS_SHOWN_PER_TOPIC };

/** Every question on a topic, A to Z. */
export const faqsOnTopic = (topic: Topic, locale?: Locale): Faq[] =>
  getFaqs(locale).filter((faq) => faq.topic === topic);

/** Other questions on the same topic, for a question's page: the first few, and how many in all. */
export function otherQuestionsOnTopic(faq: Faq): { shown: Faq[]; total: number } {
  return firstFew(
    faqsOnTopic(faq.topic, faq.locale).filter((other) => other.slug !== faq.slug),
    QUESTIONS_SHOWN_PER_TOPIC,
  );
}

/** A source as pages list it. */
export type Source = { title: string; publisher: string; url: string; date?: string };

/**
 * A page's sources: its own, then those of the shared facts it inserts, each once. A fact's
 * sources travel with it, so every page that states a figure names where it comes from.
 */
export function sourcesOf(page: ContentDoc | Faq): Source[] {
  const factSources = (page.factsUsed as string[]).flatMap(
    (slug) => factsIn(page.locale).find((fact) => fact.slug === slug)?.sources ?? [],
  );
  // The first source at each address wins, so the page's own list keeps its order.
  const byUrl = new Map<string, Source>();
  for (const source of [...page.sources, ...factSources])
    if (!byUrl.has(source.url)) byUrl.set(source.url, source);
  return [...byUrl.values()];
}

/** Procedures this one often leads to, named in its `nextSteps`. */
export const nextStepsFor = (procedure: Procedure): Procedure[] =>
  proceduresIn(procedure.locale).filter((other) =>
    procedure.nextSteps?.includes(other.originalSlug),
  );

/** Procedures that often come before this one: those naming it in their `nextSteps`. */
export const comesAfterFor = (procedure: Procedure): Procedure[] =>
  proceduresIn(procedure.locale).filter((other) =>
    other.nextSteps?.includes(procedure.originalSlug),
  );

/** The table of contents computed by the content step (Contentlayer types it as JSON). */
export const tocOf = (page: ContentDoc): TocEntry[] => page.toc as TocEntry[];

// Relations are worked out between the English originals, then shown in the page's language.
export const proceduresFor = (condition: Condition): Procedure[] =>
  sameIn(
    linkedEitherWay(
      condition.originalSlug,
      condition.procedures,
      proceduresIn(ORIGINAL_LOCALE),
      (p) => p.conditions,
    ),
    proceduresIn(condition.locale),
  );

export const conditionsFor = (procedure: Procedure): Condition[] =>
  sameIn(
    linkedEitherWay(
      procedure.originalSlug,
      procedure.conditions,
      conditionsIn(ORIGINAL_LOCALE),
      (c) => c.procedures,
    ),
    conditionsIn(procedure.locale),
  );

const COLLECTION_OF_TYPE = {
  Condition: 'conditions',
  Procedure: 'procedures',
  Guide: 'guides',
} as const;

/** The collection a content page belongs to. */
export const collectionOf = (page: ContentDoc) => COLLECTION_OF_TYPE[page.type];

/** Questions that name this page as related. */
export const questionsFor = (page: ContentDoc): Faq[] =>
  questionsAbout(`${collectionOf(page)}/${page.originalSlug}`, faqsIn(page.locale));

export const relatedGuidesFor = (guide: Guide): Guide[] =>
  sharingTopics(guide, guidesIn(guide.locale));

/**
 * Topics in the schema's order, each with its first questions and how many it has: the
 * FAQ index. Topics without questions are left out.
 */
export const faqTopicsPreview = (locale?: Locale): { key: Topic; shown: Faq[]; total: number }[] =>
  groupInOrder(getFaqs(locale), (faq) => faq.topic, TOPICS).map(({ key, items }) => ({
    key,
    ...firstFew(items, QUESTIONS_SHOWN_PER_TOPIC),
  }));

/** Glossary terms filed under a letter, A to Z. */
export const glossaryTermsUnder = (letter: string, locale?: Locale): GlossaryTerm[] =>
  getGlossaryTerms(locale).filter((term) => indexLetter(term.term, term.locale) === letter);

/** Letters the glossary has terms under. */
export const glossaryLetters = (locale: Locale = requestLocale()): string[] =>
  lettersInUse(
    getGlossaryTerms(locale).map((term) => term.term),
    locale,
  );

/** Which of the index letters some name is filed under, in A–Z order. */
function lettersInUse(names: readonly string[], locale: Locale): string[] {
  const used = new Set(names.map((name) => indexLetter(name, locale)));
  return indexLettersFor(locale).filter((letter) => used.has(letter));
}

/** Procedures grouped by kind, in the schema's order; kinds without procedures are left out. */
export const proceduresByKind = (locale?: Locale): { key: ProcedureKind; items: Procedure[] }[] =>
  groupInOrder(getProcedures(locale), (procedure) => procedure.kind, PROCEDURE_KINDS);

/**
 * The title and address of any page named as `collection/slug` (the English slug, as
 * relations name pages), in a language, for links from questions and terms.
 */
export function pageByKey(
  key: string,
  locale: Locale = requestLocale(),
): { title: string; url: string } | undefined {
  const [collection, slug] = key.split('/');
  const find = <T extends { originalSlug: string }>(docs: readonly T[]) =>
    docs.find((d) => d.originalSlug === slug);
  switch (collection) {
    case 'conditions':
      return find(conditionsIn(locale));
    case 'procedures':
      return find(proceduresIn(locale));
    case 'guides':
      return find(guidesIn(locale));
    case 'faqs': {
      const faq = find(faqsIn(locale));
      return faq && { title: faq.question, url: faq.url };
    }
    case 'glossary': {
      const term = find(glossaryIn(locale));
      return term && { title: term.term, url: term.url };
    }
    default:
      return undefined;
  }
}

/** The same page in another language, or undefined when it has no translation yet. */
export const counterpartOf = (
  page: { originalSlug: string; type: string },
  locale: Locale,
): { title: string; url: string } | undefined => {
  const collection = COLLECTION_OF_ANY_TYPE[page.type];
  return collection ? pageByKey(`${collection}/${page.originalSlug}`, locale) : undefined;
};

const COLLECTION_OF_ANY_TYPE: Record<string, string> = {
  Condition: 'conditions',
  Procedure: 'procedures',
  Guide: 'guides',
  Faq: 'faqs',
  GlossaryTerm: 'glossary',
};

export type IndexEntry = {
  label: string;
  url: string;
  kind: 'conditions' | 'procedures' | 'guides' | 'glossary';
  /** The page's own title, when `label` is another name for it. */
  seeAlso?: string;
};

/**
 * The A–Z index: every condition, procedure, guide and glossary term by its title, and
 * each other name pointing to the page that uses it.
 */
export const azEntries: (locale?: Locale) => readonly IndexEntry[] = oncePerLocale((locale) => {
  const withOtherNames = (kind: IndexEntry['kind'], doc: Condition | Procedure): IndexEntry[] => [
    { label: doc.title, url: doc.url, kind },
    ...(doc.otherNames ?? []).map((name) => ({
      label: name,
      url: doc.url,
      kind,
      seeAlso: doc.title,
    })),
  ];
  const entries: IndexEntry[] = [
    ...getConditions(locale).flatMap((c) => withOtherNames('conditions', c)),
    ...getProcedures(locale).flatMap((p) => withOtherNames('procedures', p)),
    ...getGuides(locale).map((g) => ({ label: g.title, url: g.url, kind: 'guides' as const })),
    ...getGlossaryTerms(locale).map((t) => ({
      label: t.term,
      url: t.url,
      kind: 'glossary' as const,
    })),
  ];
  const seen = new Set<string>();
  return entries
    .filter((e) => {
      const key = `${e.label.toLowerCase()}|${e.url}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.label.localeCompare(b.label, locale, { sensitivity: 'base' }));
});

/** The A–Z index's entries filed under a letter. */
export const azEntriesUnder = (letter: string, locale: Locale = requestLocale()): IndexEntry[] =>
  azEntries(locale).filter((entry) => indexLetter(entry.label, locale) === letter);

/** Letters the A–Z index has entries under. */
export const azLetters = (locale: Locale = requestLocale()): string[] =>
  lettersInUse(
    azEntries(locale).map((entry) => entry.label),
    locale,
  );

/** The conditions felt in one body area, by title. */
export const conditionsInBodyArea = (area: BodyArea, locale?: Locale): Condition[] =>
  getConditions(locale).filter((c) => c.bodyAreas.includes(area));

/** Conditions grouped by the body areas they affect, in the schema's head-to-foot order. */
export function conditionsByBodyArea(locale?: Locale): { key: BodyArea; items: Condition[] }[] {
  return BODY_AREAS.map((area) => ({
    key: area,
    items: conditionsInBodyArea(area, locale),
  })).filter((group) => group.items.length > 0);
}

/** Every page's address in a language, with the English name relations use for it. */
const pagesByUrl = oncePerLocale((locale) => {
  const entries: [string, string][] = [
    ...getConditions(locale).map(
      (d) => [d.url, `conditions/${d.originalSlug}`] as [string, string],
    ),
    ...getProcedures(locale).map(
      (d) => [d.url, `procedures/${d.originalSlug}`] as [string, string],
    ),
    ...getGuides(locale).map((d) => [d.url, `guides/${d.originalSlug}`] as [string, string]),
    ...getFaqs(locale).map((d) => [d.url, `faqs/${d.originalSlug}`] as [string, string]),
  ];
  return new Map(entries);
});

/**
 * The address of the same page in another language: a content page's translation, or a fixed
 * page (a listing, a letter, a body area) at its address there. Undefined when the page has
 * no translation yet.
 */
export function counterpartPath(path: string, from: Locale, to: Locale): string | undefined {
  if (from === to) return path;
  const key = pagesByUrl(from).get(path);
  if (key) return pageByKey(key, to)?.url;
  const logical = logicalPath(path, from);
  // A fixed page one language has and the other lacks (Spanish files Ñ as a letter) has none.
  return logical !== undefined && fixedPathsIn(to).includes(logical)
    ? localizePath(logical, to)
    : undefined;
}
