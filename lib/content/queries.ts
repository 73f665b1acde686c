/**
 * Content queries for pages: every list is sorted, every relation computed once here.
 * Pages trust this data: the content check has already refused broken references.
 */
import {
  allConditions,
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
import {
  groupInOrder,
  indexLetter,
  linkedEitherWay,
  questionsAbout,
  sharingTopics,
} from './relations';
import { BODY_AREAS, TOPICS, type BodyArea, type Topic } from './schema';

export type { Condition, Faq, GlossaryTerm, Guide, Procedure };
export type ContentDoc = Condition | Procedure | Guide;

const byTitle = <T extends { title: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.title.localeCompare(b.title));

export const getConditions = (): Condition[] => byTitle(allConditions);
export const getProcedures = (): Procedure[] => byTitle(allProcedures);
export const getGuides = (): Guide[] => byTitle(allGuides);
export const getGlossaryTerms = (): GlossaryTerm[] =>
  [...allGlossaryTerms].sort((a, b) => a.term.localeCompare(b.term));

export const getCondition = (slug: string) => allConditions.find((doc) => doc.slug === slug);
export const getProcedure = (slug: string) => allProcedures.find((doc) => doc.slug === slug);
export const getGuide = (slug: string) => allGuides.find((doc) => doc.slug === slug);
export const getFaqs = (): Faq[] => [...allFaqs].sort((a, b) => a.question.localeCompare(b.question));
export const getFaq = (slug: string) => allFaqs.find((doc) => doc.slug === slug);

/** Other questions on the same topic, for a question's page. */
export const otherQuestionsOnTopic = (faq: Faq): Faq[] =>
  getFaqs().filter((other) => other.topic === faq.topic && other.slug !== faq.slug);

/** The table of contents computed by the content step (Contentlayer types it as JSON). */
export const tocOf = (page: ContentDoc): TocEntry[] => page.toc as TocEntry[];

export const proceduresFor = (condition: Condition): Procedure[] =>
  linkedEitherWay(condition.slug, condition.procedures, allProcedures, (p) => p.conditions);

export const conditionsFor = (procedure: Procedure): Condition[] =>
  linkedEitherWay(procedure.slug, procedure.conditions, allConditions, (c) => c.procedures);

const COLLECTION_OF_TYPE = { Condition: 'conditions', Procedure: 'procedures', Guide: 'guides' } as const;

/** The collection a content page belongs to. */
export const collectionOf = (page: ContentDoc) => COLLECTION_OF_TYPE[page.type];

/** Questions that name this page as related. */
export const questionsFor = (page: ContentDoc): Faq[] =>
  questionsAbout(`${collectionOf(page)}/${page.slug}`, allFaqs);

export const relatedGuidesFor = (guide: Guide): Guide[] => sharingTopics(guide, allGuides);

/** All questions, grouped by topic in the schema's topic order. */
export const faqsByTopic = (): { key: Topic; items: Faq[] }[] =>
  groupInOrder(
    [...allFaqs].sort((a, b) => a.question.localeCompare(b.question)),
    (faq) => faq.topic,
    TOPICS,
  );

/** Glossary terms grouped by first letter, A to Z. */
export const glossaryByLetter = (): { key: string; items: GlossaryTerm[] }[] => {
  const terms = getGlossaryTerms();
  const letters = [...new Set(terms.map((t) => indexLetter(t.term)))].sort();
  return groupInOrder(terms, (t) => indexLetter(t.term), letters);
};

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

export type IndexEntry = { label: string; url: string; kind: string; seeAlso?: string };

/**
 * The A–Z index: every condition, procedure, guide and glossary term by its title, and
 * each other name pointing to the page that uses it.
 */
export function azEntries(labels: { condition: string; procedure: string; guide: string; term: string }): IndexEntry[] {
  const entries: IndexEntry[] = [
    ...getConditions().flatMap((c) => [
      { label: c.title, url: c.url, kind: labels.condition },
      ...(c.otherNames ?? []).map((name) => ({ label: name, url: c.url, kind: labels.condition, seeAlso: c.title })),
    ]),
    ...getProcedures().flatMap((p) => [
      { label: p.title, url: p.url, kind: labels.procedure },
      ...(p.otherNames ?? []).map((name) => ({ label: name, url: p.url, kind: labels.procedure, seeAlso: p.title })),
    ]),
    ...getGuides().map((g) => ({ label: g.title, url: g.url, kind: labels.guide })),
    ...getGlossaryTerms().map((t) => ({ label: t.term, url: t.url, kind: labels.term })),
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
}

/** Conditions grouped by the body areas they affect, in the schema's head-to-foot order. */
export function conditionsByBodyArea(): { key: BodyArea; items: Condition[] }[] {
  const conditions = getConditions();
  return BODY_AREAS.map((area) => ({ key: area, items: conditions.filter((c) => c.bodyAreas.includes(area)) })).filter(
    (group) => group.items.length > 0,
  );
}
