/**
 * Content queries for pages: every list is sorted, every relation computed once here.
 * Pages trust this data: the content check has already refused broken references.
 */
import {
  allConditions,
  allFacts,
  allFaqs,
  allGlossaryTerms,
  allGuides,
  allProcedures,
  type Condition,
  type Faq,
  type GlossaryTerm,
  type Guide,
  type Procedure,
} from 'contentlayer/generated';
import type { TocEntry } from './markdown';
import { INDEX_LETTERS, indexLetter } from './index-letters';
import {
  QUESTIONS_SHOWN_PER_TOPIC,
  firstFew,
  groupInOrder,
  linkedEitherWay,
  questionsAbout,
  sharingTopics,
} from './relations';
import {
  BODY_AREAS,
  PROCEDURE_KINDS,
  TOPICS,
  type BodyArea,
  type ProcedureKind,
  type Topic,
} from './schema';

export type { Condition, Faq, GlossaryTerm, Guide, Procedure };
export type ContentDoc = Condition | Procedure | Guide;

/**
 * A list computed once per build worker and shared by every page: sorting the whole
 * library again for each of thousands of pages would be the same work thousands of times.
 */
const once = <T>(compute: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= compute());
};

const byTitle = <T extends { title: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.title.localeCompare(b.title));

export const getConditions: () => readonly Condition[] = once(() => byTitle(allConditions));
export const getProcedures: () => readonly Procedure[] = once(() => byTitle(allProcedures));
export const getGuides: () => readonly Guide[] = once(() => byTitle(allGuides));
export const getGlossaryTerms: () => readonly GlossaryTerm[] = once(() =>
  [...allGlossaryTerms].sort((a, b) => a.term.localeCompare(b.term)),
);

export const getCondition = (slug: string) => allConditions.find((doc) => doc.slug === slug);
export const getProcedure = (slug: string) => allProcedures.find((doc) => doc.slug === slug);
export const getGuide = (slug: string) => allGuides.find((doc) => doc.slug === slug);
export const getFaqs: () => readonly Faq[] = once(() =>
  [...allFaqs].sort((a, b) => a.question.localeCompare(b.question)),
);
export const getFaq = (slug: string) => allFaqs.find((doc) => doc.slug === slug);

export { QUESTIONS_SHOWN_PER_TOPIC };

/** Every question on a topic, A to Z. */
export const faqsOnTopic = (topic: Topic): Faq[] => getFaqs().filter((faq) => faq.topic === topic);

/** Other questions on the same topic, for a question's page: the first few, and how many in all. */
export function otherQuestionsOnTopic(faq: Faq): { shown: Faq[]; total: number } {
  return firstFew(
    faqsOnTopic(faq.topic).filter((other) => other.slug !== faq.slug),
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
    (slug) => allFacts.find((fact) => fact.slug === slug)?.sources ?? [],
  );
  // The first source at each address wins, so the page's own list keeps its order.
  const byUrl = new Map<string, Source>();
  for (const source of [...page.sources, ...factSources])
    if (!byUrl.has(source.url)) byUrl.set(source.url, source);
  return [...byUrl.values()];
}

/** Procedures this one often leads to, named in its `nextSteps`. */
export const nextStepsFor = (procedure: Procedure): Procedure[] =>
  byTitle(allProcedures.filter((other) => procedure.nextSteps?.includes(other.slug)));

/** Procedures that often come before this one: those naming it in their `nextSteps`. */
export const comesAfterFor = (procedure: Procedure): Procedure[] =>
  byTitle(allProcedures.filter((other) => other.nextSteps?.includes(procedure.slug)));

/** The table of contents computed by the content step (Contentlayer types it as JSON). */
export const tocOf = (page: ContentDoc): TocEntry[] => page.toc as TocEntry[];

export const proceduresFor = (condition: Condition): Procedure[] =>
  linkedEitherWay(condition.slug, condition.procedures, allProcedures, (p) => p.conditions);

export const conditionsFor = (procedure: Procedure): Condition[] =>
  linkedEitherWay(procedure.slug, procedure.conditions, allConditions, (c) => c.procedures);

const COLLECTION_OF_TYPE = {
  Condition: 'conditions',
  Procedure: 'procedures',
  Guide: 'guides',
} as const;

/** The collection a content page belongs to. */
export const collectionOf = (page: ContentDoc) => COLLECTION_OF_TYPE[page.type];

/** Questions that name this page as related. */
export const questionsFor = (page: ContentDoc): Faq[] =>
  questionsAbout(`${collectionOf(page)}/${page.slug}`, allFaqs);

export const relatedGuidesFor = (guide: Guide): Guide[] => sharingTopics(guide, allGuides);

/**
 * Topics in the schema's order, each with its first questions and how many it has: the
 * FAQ index. Topics without questions are left out.
 */
export const faqTopicsPreview = (): { key: Topic; shown: Faq[]; total: number }[] =>
  groupInOrder(getFaqs(), (faq) => faq.topic, TOPICS).map(({ key, items }) => ({
    key,
    ...firstFew(items, QUESTIONS_SHOWN_PER_TOPIC),
  }));

/** Glossary terms filed under a letter, A to Z. */
export const glossaryTermsUnder = (letter: string): GlossaryTerm[] =>
  getGlossaryTerms().filter((term) => indexLetter(term.term) === letter);

/** Letters the glossary has terms under. */
export const glossaryLetters = (): string[] =>
  lettersInUse(getGlossaryTerms().map((term) => term.term));

/** Which of the index letters some name is filed under, in A–Z order. */
function lettersInUse(names: readonly string[]): string[] {
  const used = new Set(names.map(indexLetter));
  return INDEX_LETTERS.filter((letter) => used.has(letter));
}

/** Procedures grouped by kind, in the schema's order; kinds without procedures are left out. */
export const proceduresByKind = (): { key: ProcedureKind; items: Procedure[] }[] =>
  groupInOrder(getProcedures(), (procedure) => procedure.kind, PROCEDURE_KINDS);

/** The title of any page named as `collection/slug`, for links from questions and terms. */
export function pageByKey(key: string): { title: string; url: string } | undefined {
  const [collection, slug] = key.split('/');
  switch (collection) {
    case 'conditions':
      return allConditions.find((d) => d.slug === slug);
    case 'procedures':
      return allProcedures.find((d) => d.slug === slug);
    case 'guides':
      return allGuides.find((d) => d.slug === slug);
    case 'faqs': {
      const faq = allFaqs.find((d) => d.slug === slug);
      return faq && { title: faq.question, url: faq.url };
    }
    case 'glossary': {
      const term = allGlossaryTerms.find((d) => d.slug === slug);
      return term && { title: term.term, url: term.url };
    }
    default:
      return undefined;
  }
}

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
export const azEntries: () => readonly IndexEntry[] = once(() => {
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
    ...getConditions().flatMap((c) => withOtherNames('conditions', c)),
    ...getProcedures().flatMap((p) => withOtherNames('procedures', p)),
    ...getGuides().map((g) => ({ label: g.title, url: g.url, kind: 'guides' as const })),
    ...getGlossaryTerms().map((t) => ({ label: t.term, url: t.url, kind: 'glossary' as const })),
  ];
  const seen = new Set<string>();
  return entries
    .filter((e) => {
      const key = `${e.label.toLowerCase()}|${e.url}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
});

/** The A–Z index's entries filed under a letter. */
export const azEntriesUnder = (letter: string): IndexEntry[] =>
  azEntries().filter((entry) => indexLetter(entry.label) === letter);

/** Letters the A–Z index has entries under. */
export const azLetters = (): string[] => lettersInUse(azEntries().map((entry) => entry.label));

/** The conditions felt in one body area, by title. */
export const conditionsInBodyArea = (area: BodyArea): Condition[] =>
  getConditions().filter((c) => c.bodyAreas.includes(area));

/** Conditions grouped by the body areas they affect, in the schema's head-to-foot order. */
export function conditionsByBodyArea(): { key: BodyArea; items: Condition[] }[] {
  return BODY_AREAS.map((area) => ({ key: area, items: conditionsInBodyArea(area) })).filter(
    (group) => group.items.length > 0,
  );
}
