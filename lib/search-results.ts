/**
 * What a search result shows. Pagefind returns pages; this turns each into what a reader
 * needs: a title, an address and a passage of the page's own text.
 * - The hidden search terms (synonyms and common misspellings, see search-synonyms.ts) sit
 *   in a section of their own at the end of a page, so a passage is never taken from them.
 *   When only they matched, the page's description is shown instead.
 * - A glossary letter page is shown as the terms that matched, each titled by its term and
 *   linked to its own entry.
 */

/** The id of the hidden section holding a page's search terms. */
export const SEARCH_TERMS_ID = 'search-terms';

/** The parts of Pagefind's result data used here. */
export type PagefindSubResult = {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: readonly { balanced_score: number }[];
};
export type PagefindData = {
  url: string;
  meta: Readonly<Record<string, string | undefined>>;
  filters: Readonly<Record<string, readonly string[] | undefined>>;
  excerpt: string;
  sub_results: readonly PagefindSubResult[];
};

/** A passage: plain text, with the words that matched marked. */
export type Passage = readonly { text: string; marked: boolean }[];

export type ShownResult = { url: string; title: string; type: string; passage: Passage };

/** Glossary results shown per letter page: the best-matching terms. */
const TERMS_PER_LETTER_PAGE = 3;

const ENTITIES: Readonly<Record<string, string>> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&amp;': '&',
};

/** Pagefind's excerpt is escaped text with <mark> around matches; nothing else is HTML. */
export function passageOf(excerpt: string): Passage {
  const decode = (text: string) => text.replace(/&(?:lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e]!);
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('<mark>')
        ? { text: decode(part.slice(6, -7)), marked: true }
        : { text: decode(part), marked: false },
    );
}

/** The site's address for a page: the export's `.html` is not part of it. */
const siteUrl = (url: string) => url.replace(/\.html(?=$|#)/, '');

const scoreOf = (sub: PagefindSubResult) =>
  sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

export function shownResults(data: PagefindData, glossaryType: string): ShownResult[] {
  const type = data.filters.type?.[0] ?? '';
  const sections = data.sub_results
    .filter((sub) => !sub.url.endsWith(`#${SEARCH_TERMS_ID}`) && sub.weighted_locations.length > 0)
    .sort((a, b) => scoreOf(b) - scoreOf(a));
  if (type === glossaryType) {
    const terms = sections.filter((sub) => sub.url.includes('#'));
    if (terms.length > 0)
      return terms.slice(0, TERMS_PER_LETTER_PAGE).map((sub) => ({
        url: siteUrl(sub.url),
        title: sub.title,
        type,
        passage: passageOf(sub.excerpt),
      }));
  }
  const best = sections[0];
  const description = data.meta.description;
  return [
    {
      url: siteUrl(data.url),
      title: data.meta.title ?? siteUrl(data.url),
      type,
      passage: best
        ? passageOf(best.excerpt)
        : description
          ? [{ text: description, marked: false }]
          : passageOf(data.excerpt),
    },
  ];
}

/** Text compared as a reader would: lower case, accents and marks ignored, spaces single. */
const plainWords = (text: string) =>
  text
    .replace(/<\/?mark>/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Pages whose own list of patients' words holds the reader's whole query come first, in the
 * order search gave them. A patient who types "inyección en la espalda" means the page that
 * lists those very words, though a page about back pain uses each word more often.
 */
export function listedPhraseFirst<T extends PagefindData>(
  results: readonly T[],
  query: string,
): T[] {
  const phrase = plainWords(query);
  if (!phrase.includes(' ')) return [...results];
  // The list is comma-separated phrases; the query must sit inside one of them.
  const lists = (result: T) =>
    result.sub_results.some(
      (section) =>
        section.title === SEARCH_TERMS_ID &&
        section.excerpt
          .split(/[,.;]/)
          .some((listed) => ` ${plainWords(listed)} `.includes(` ${phrase} `)),
    );
  return [...results.filter(lists), ...results.filter((result) => !lists(result))];
}
