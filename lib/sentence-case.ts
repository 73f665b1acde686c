/**
 * Sentence case for titles and headings ("Where does it hurt?", not "Where Does It Hurt?"):
 * only the first word, proper nouns and acronyms start with a capital. Shared by the content
 * check (front matter and body headings) and the unit test over the interface words.
 */

/**
 * Proper nouns that keep their capital inside a title. Acronyms (PRP, CRPS, NICE, MRI) and
 * the pronoun "I" need no entry: only a capital followed by lower-case letters is questioned.
 */
export const PROPER_NOUNS: ReadonlySet<string> = new Set([
  'Botox',
  'Tylenol',
  'Advil',
  'Motrin',
  'Aleve',
  'Medicare',
  'Medicaid',
  'American',
  'English',
  'Spanish',
]);

/**
 * The words of a title that should not start with a capital: every word after the first
 * (parts of hyphenated words count as words) that is capitalised like a name but is not a
 * known proper noun.
 */
export function titleCaseWords(title: string): string[] {
  const words = title.split(/[\s\-–—/(),:;"“”]+/).filter(Boolean);
  return words
    .slice(1)
    .filter((word) => /^[A-Z][a-z]/.test(word))
    .map((word) => word.replace(/[^\p{L}'’]+$/u, ''))
    .filter((word) => !PROPER_NOUNS.has(word));
}
