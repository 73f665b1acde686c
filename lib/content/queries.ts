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
import { TOPICS, type Topic } from './schema';

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
