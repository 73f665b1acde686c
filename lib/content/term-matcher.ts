/**
 * Finds whole-word uses of many terms at once, case-insensitively, leftmost first and the
 * longest term at a position. It gives the same matches as one big regular expression of
 * every term (wholeWordsPattern), but looks up the word at each position instead of trying
 * every term there, so the cost grows with the text, not with the size of the glossary:
 * with thousands of terms the regular expression made the content build minutes long.
 */

export type TermMatch = { index: number; text: string };

const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The run of letters and digits at the start of `text` (lowercased). */
function firstWord(text: string, from = 0): string {
  let end = from;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return text.slice(from, end).toLowerCase();
}

export function termMatcher(terms: readonly string[]): (text: string) => TermMatch[] {
  // Terms grouped by their first word, longest first; terms that do not start with a letter
  // or digit are tried at every word start.
  const byFirstWord = new Map<string, string[]>();
  for (const term of new Set(terms.map((t) => t.trim().toLowerCase()).filter(Boolean))) {
    const key = firstWord(term);
    byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), term]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const anyStart = byFirstWord.get('') ?? [];

  return (text: string) => {
    const matches: TermMatch[] = [];
    const lower = text.toLowerCase();
    let i = 0;
    while (i < text.length) {
      const startsWord = i === 0 || !isWordChar(text.charCodeAt(i - 1));
      if (!startsWord) {
        i++;
        continue;
      }
      const candidates = [...(byFirstWord.get(firstWord(lower, i)) ?? []), ...anyStart].sort(
        (a, b) => b.length - a.length,
      );
      const found = candidates.find(
        (term) =>
          lower.startsWith(term, i) &&
          (i + term.length >= text.length || !isWordChar(text.charCodeAt(i + term.length))),
      );
      if (found) {
        matches.push({ index: i, text: text.slice(i, i + found.length) });
        i += found.length;
      } else i++;
    }
    return matches;
  };
}
