/**
 * The addresses of the site's own pages: the listings, and the letter and topic pages that
 * split the big listings so that none outgrows its page-weight budget however large the
 * library gets. Every one of them always exists, even while it lists nothing, so a link to
 * it never breaks as pages come and go.
 */
import type { Locale } from '../i18n';
import { INDEX_LETTERS, indexLettersFor, letterSlug } from './index-letters';
import { BODY_AREAS, glossaryLetterPath, TOPICS, type BodyArea, type Topic } from './schema';

export { glossaryLetterPath };
export const azLetterPath = (letter: string) => `/a-z/${letterSlug(letter)}`;
export const faqTopicPath = (topic: Topic) => `/faq/topics/${topic}`;
export const PROCEDURE_COMPARISON_PATH = '/procedures/compare';
/** The body map: "Where does it hurt?", linked from the home page and the header. */
export const BODY_MAP_PATH = '/where-does-it-hurt';
/** The page listing the conditions felt in one body area, with that area marked on the map. */
export const bodyAreaPath = (area: BodyArea) => `${BODY_MAP_PATH}/${area}`;

/** Site paths that are not content pages but may be linked. */
export const FIXED_PATHS: readonly string[] = [
  '/',
  '/conditions',
  '/procedures',
  PROCEDURE_COMPARISON_PATH,
  '/guides',
  BODY_MAP_PATH,
  ...BODY_AREAS.map(bodyAreaPath),
  '/faq',
  ...TOPICS.map(faqTopicPath),
  '/glossary',
  ...INDEX_LETTERS.map(glossaryLetterPath),
  '/a-z',
  ...INDEX_LETTERS.map(azLetterPath),
  '/about',
  '/search',
];

/**
 * Whether a content page at `path` would sit on a fixed page's address or on a folder that
 * holds them (a question called "topics" would shadow /faq/topics/...).
 */
export const isReservedPath = (path: string): boolean =>
  FIXED_PATHS.some((fixed) => fixed === path || fixed.startsWith(`${path}/`));

/**
 * The fixed pages of a language, as logical paths: the English ones, and in Spanish the
 * letter Ñ's glossary and A–Z pages too.
 */
export function fixedPathsIn(locale: Locale): readonly string[] {
  const extraLetters = indexLettersFor(locale).filter((letter) => !INDEX_LETTERS.includes(letter));
  return [
    ...FIXED_PATHS,
    ...extraLetters.flatMap((letter) => [glossaryLetterPath(letter), azLetterPath(letter)]),
  ];
}
