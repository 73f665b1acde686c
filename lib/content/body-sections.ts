/**
 * Placing the page's own blocks inside a rendered body: the urgent-advice cards go right after
 * the section a patient reads them with ("After the procedure", "When to get help"), so a
 * nurse's link to that section lands next to them.
 */
import type { Locale } from '../i18n';
import { headingIdMaker } from './heading-ids';
import type { TocEntry } from './markdown';
import { SCHEMA, type CollectionName } from './schema';

/** The rendered body cut after the level 2 section with this id; all of it comes first when there is none. */
export function splitAfterSection(
  html: string,
  sectionId: string,
): { before: string; after: string } {
  const start = html.indexOf(`<h2 id="${sectionId}"`);
  if (start === -1) return { before: html, after: '' };
  const next = html.indexOf('<h2', start + 1);
  if (next === -1) return { before: html, after: '' };
  // A heading may sit in wrappers (a heading and its section link share one <div>): cut
  // before the wrappers that open right before it, so each part is whole HTML. A part left
  // with an open tag makes the browser repair it, and React then re-renders the page.
  const openingTags = /(?:<[a-z][^<>]*>\s*)+$/.exec(html.slice(0, next));
  const cut = openingTags ? openingTags.index : next;
  return { before: html.slice(0, cut), after: html.slice(cut) };
}

/** The table of contents with `entry` placed after the section `sectionId` and its subsections. */
export function insertAfterSection(
  toc: readonly TocEntry[],
  sectionId: string,
  entry: TocEntry,
): TocEntry[] {
  const start = toc.findIndex((e) => e.id === sectionId && e.depth === 2);
  if (start === -1) return [...toc, entry];
  const next = toc.findIndex((e, i) => i > start && e.depth === 2);
  const at = next === -1 ? toc.length : next;
  return [...toc.slice(0, at), entry, ...toc.slice(at)];
}

/**
 * The id of a required section in a language, named by its English heading: a Spanish
 * condition page's "When to get help" is "Cuándo buscar ayuda", id cuando-buscar-ayuda.
 */
export function requiredSectionId(
  collection: CollectionName,
  englishHeading: string,
  locale: Locale,
): string {
  const sections = SCHEMA[collection].quality?.requiredSections;
  const index = sections?.en.indexOf(englishHeading) ?? -1;
  const heading = sections?.[locale][index];
  if (heading === undefined)
    throw new Error(`${collection} has no required section "${englishHeading}"`);
  return headingIdMaker()(heading);
}
