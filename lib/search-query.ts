/**
 * How a reader's question becomes a search. Pagefind finds only pages holding every word
 * of a query, so a question in everyday words ("pain shooting down my leg") can find
 * nothing because one small word ("my") is missing from the page that answers it, or find
 * the wrong page because a short word matches the start of a long one ("my", "myofascial").
 * So the little words are left out, and when the rest still find nothing the search is
 * tried again with the words that do find pages, and the reader is told what was searched.
 */

/** Words that carry no topic, in each language the site can be written in. */
// prettier-ignore
const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'a', 'about', 'am', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'can',
    'could', 'did', 'do', 'does', 'for', 'from', 'get', 'got', 'had', 'has', 'have', 'how',
    'i', "i'm", 'im', 'in', 'into', 'is', 'it', "it's", 'its', 'me', 'my', 'of', 'on', 'or',
    'should', 'so', 'that', 'the', 'their', 'there', 'these', 'they', 'this', 'those', 'to',
    'very', 'was', 'what', 'when', 'where', 'which', 'who', 'why', 'will', 'with', 'would',
    'you', 'your',
  ],
  es: [
    'a', 'al', 'con', 'de', 'del', 'el', 'en', 'es', 'la', 'las', 'lo', 'los', 'me', 'mi',
    'mis', 'muy', 'para', 'por', 'que', 'qué', 'se', 'su', 'sus', 'un', 'una', 'y', 'o',
    'cómo', 'como', 'cuál', 'tengo', 'tiene',
  ],
};

const stopWordsFor = (language: string) =>
  new Set(STOP_WORDS[language.split('-')[0]!.toLowerCase()] ?? []);

/** The words of a query, lower-cased, without punctuation around them. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * The words to search for: the query without its little words. A query made only of
 * little words ("how do I") is searched as it is, as there is nothing else to go on.
 */
export function topicWords(query: string, language: string): string[] {
  const words = queryWords(query);
  const stop = stopWordsFor(language);
  const topic = words.filter((word) => !stop.has(word));
  return topic.length > 0 ? topic : words;
}

/** A page found by some of the words, with how many of them found it. */
export type PartialHit<T> = { result: T; id: string; score: number; words: number };

/**
 * When no page has all the words: the pages found by the most of them first, and among
 * those the best-scored. `hitsPerWord` holds, for each word, the pages it found.
 */
export function rankBySharedWords<T>(
  hitsPerWord: readonly (readonly { id: string; score: number; result: T }[])[],
): T[] {
  const pages = new Map<string, PartialHit<T>>();
  for (const hits of hitsPerWord)
    for (const hit of hits) {
      const seen = pages.get(hit.id);
      if (seen) {
        seen.words += 1;
        seen.score += hit.score;
      } else pages.set(hit.id, { ...hit, words: 1 });
    }
  return [...pages.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map((hit) => hit.result);
}
