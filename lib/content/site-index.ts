/**
 * Every page of the site with the dates search engines and feed readers need. Dates come
 * from content review dates, never from the build time, so two builds give the same files.
 */
import { calendarDate } from '../review-dates';
import { sitePath } from '../request-locale';
import { uiText } from '../ui-text';
import {
  azLetters,
  conditionsByBodyArea,
  faqsOnTopic,
  getConditions,
  getFaqs,
  getGuides,
  getProcedures,
  glossaryLetters,
  type ContentDoc,
} from './queries';
import { letterLabel } from './index-letters';
import { TOPICS } from './schema';
import {
  azLetterPath,
  BODY_MAP_PATH,
  bodyAreaPath,
  faqTopicPath,
  glossaryLetterPath,
  PROCEDURE_COMPARISON_PATH,
} from './site-paths';

export type IndexedPage = {
  path: string;
  title: string;
  /** Last review date (YYYY-MM-DD); absent for pages without one. */
  lastReviewed?: string;
};

const newest = (dates: readonly string[]): string | undefined =>
  dates.length === 0 ? undefined : dates.map(calendarDate).sort().at(-1);

/** Content pages (conditions, procedures, guides), newest review first, then by title. */
export function feedItems(): ContentDoc[] {
  return [...getConditions(), ...getProcedures(), ...getGuides()].sort(
    (a, b) =>
      calendarDate(b.lastReviewed).localeCompare(calendarDate(a.lastReviewed)) ||
      a.title.localeCompare(b.title),
  );
}

/**
 * Every page search engines should know, in the language being built: all but the letter and topic pages that list
 * nothing yet (they exist so that links to them keep working, and say noindex).
 */
export function sitePages(): IndexedPage[] {
  const docs = feedItems();
  const datesOf = (items: readonly { lastReviewed: string }[]) =>
    newest(items.map((i) => i.lastReviewed));
  const listing = (
    path: string,
    title: string,
    items: readonly { lastReviewed: string }[],
  ): IndexedPage => ({
    path: sitePath(path),
    title,
    lastReviewed: datesOf(items),
  });
  return [
    listing('/', uiText.nav.home, [...docs, ...getFaqs()]),
    listing('/conditions', uiText.collections.conditions.title, getConditions()),
    listing('/procedures', uiText.collections.procedures.title, getProcedures()),
    listing(PROCEDURE_COMPARISON_PATH, uiText.comparison.heading, getProcedures()),
    listing(BODY_MAP_PATH, uiText.bodyMap.heading, getConditions()),
    ...conditionsByBodyArea().map((group) =>
      listing(
        bodyAreaPath(group.key),
        uiText.bodyMap.areaTitle(uiText.bodyAreas[group.key]),
        group.items,
      ),
    ),
    listing('/guides', uiText.collections.guides.title, getGuides()),
    listing('/faq', uiText.collections.faqs.title, getFaqs()),
    ...TOPICS.filter((topic) => faqsOnTopic(topic).length > 0).map((topic) =>
      listing(
        faqTopicPath(topic),
        uiText.faqTopics.title(uiText.topics[topic]),
        faqsOnTopic(topic),
      ),
    ),
    { path: sitePath('/glossary'), title: uiText.collections.glossary.title },
    ...glossaryLetters().map((letter) => ({
      path: sitePath(glossaryLetterPath(letter)),
      title: uiText.letters.glossaryTitle(letterLabel(letter)),
    })),
    { path: sitePath('/a-z'), title: uiText.az.title },
    ...azLetters().map((letter) => ({
      path: sitePath(azLetterPath(letter)),
      title: uiText.letters.azTitle(letterLabel(letter)),
    })),
    { path: sitePath('/search'), title: uiText.search.title },
    { path: sitePath('/about'), title: uiText.nav.about },
    ...docs.map((doc) => ({
      path: doc.url,
      title: doc.title,
      lastReviewed: calendarDate(doc.lastReviewed),
    })),
    ...getFaqs().map((faq) => ({
      path: faq.url,
      title: faq.question,
      lastReviewed: calendarDate(faq.lastReviewed),
    })),
  ];
}
