/**
 * Glossary terms: a term's file name starts with its letter (its address is found from the
 * file name), and every term is used or linked somewhere.
 */
import { indexLetter, letterLabel } from '../index-letters';
import type { ParsedPage } from '../quality';
import { wholeWordsPattern } from '../readability';
import type { RuleContext } from './context';
import type { Problem } from './problem';

export function glossaryTermProblems(
  page: ParsedPage,
  context: RuleContext,
  pages: readonly ParsedPage[],
): Problem[] {
  if (page.collection !== 'glossary') return [];
  const problems: Problem[] = [];
  const term = page.data.term;
  const letter = indexLetter(String(term ?? ''));
  if (typeof term === 'string' && indexLetter(page.slug) !== letter) {
    problems.push({
      file: page.display,
      field: 'term',
      message: `${JSON.stringify(term)} is filed under ${letterLabel(letter)} in the glossary, but the file name does not start with ${letter === '#' ? 'a digit' : letter.toLowerCase()}; name the file after the term`,
    });
  }
  const { glossaryWords, usedWords, textOf, inbound } = context.library;
  const words = glossaryWords.get(page.slug) ?? [];
  const pattern = wholeWordsPattern(words);
  // A term seen only inside a longer term ("spinal cord" in "spinal cord stimulation")
  // escapes the single pass, so a term it missed gets a search of its own.
  const used =
    words.some((word) => usedWords.has(word.trim().toLowerCase())) ||
    (pattern !== undefined &&
      pages.some((p) => p.collection !== 'glossary' && textOf(p).search(pattern) !== -1));
  if (!used && !inbound.has(`glossary/${page.slug}`)) {
    problems.push({
      file: page.display,
      field: 'term',
      message: `${JSON.stringify(term)} is not used or linked on any page; use it in a page or remove it`,
    });
  }
  return problems;
}
