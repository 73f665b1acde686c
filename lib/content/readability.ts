/**
 * Flesch–Kincaid grade level, the reading-age measure health writers use:
 *   grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 * Syllables are estimated with the usual English rules, which is accurate enough to rank
 * pages and catch long words and long sentences.
 */
import { termMatcher, type TermMatch } from './term-matcher';

export type Readability = { words: number; sentences: number; syllables: number; grade: number };

const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;
const HAS_WORD = /[A-Za-z0-9]/;

/** Estimated syllables in one word. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1; // a number is read as at least one syllable
  if (w.length <= 3) return 1;
  const trimmed = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (ending) => ending.charAt(0))
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Sentences in one block of prose; a block without closing punctuation is one sentence. */
export function sentencesIn(block: string): string[] {
  return block
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => HAS_WORD.test(s));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern matching any of the words or phrases, whole words only, longest first. */
export function wholeWordsPattern(words: readonly string[]): RegExp | undefined {
  const sorted = [...new Set(words.map((w) => w.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (sorted.length === 0) return undefined;
  return new RegExp(
    `(?<![A-Za-z0-9])(?:${sorted.map(escapeRegExp).join('|')})(?![A-Za-z0-9])`,
    'gi',
  );
}

/**
 * Replaces each glossary term in the text with the one-syllable word "term": a medical
 * word the glossary explains does not count against the page's reading level.
 */
export function excuseTerms(
  text: string,
  terms: readonly string[] | ((text: string) => TermMatch[]),
): string {
  const find = typeof terms === 'function' ? terms : termMatcher(terms);
  let result = '';
  let last = 0;
  for (const match of find(text)) {
    result += `${text.slice(last, match.index)}term`;
    last = match.index + match.text.length;
  }
  return result + text.slice(last);
}

/** Words, sentences and syllables in some blocks of prose, by a language's word pattern and syllable count. */
export function countProse(
  blocks: readonly string[],
  wordPattern: RegExp,
  syllablesOf: (word: string) => number,
): { words: number; sentences: number; syllables: number } {
  let words = 0;
  let sentences = 0;
  let syllableCount = 0;
  for (const block of blocks) {
    for (const sentence of sentencesIn(block)) {
      const sentenceWords = sentence.match(wordPattern) ?? [];
      if (sentenceWords.length === 0) continue;
      sentences++;
      words += sentenceWords.length;
      for (const word of sentenceWords) syllableCount += syllablesOf(word);
    }
  }
  return { words, sentences, syllables: syllableCount };
}

/** The Flesch–Kincaid grade of some blocks of prose (rounded to one decimal place). */
export function readability(blocks: readonly string[]): Readability {
  const counts = countProse(blocks, WORD, syllables);
  if (counts.words === 0) return { ...counts, grade: 0 };
  const grade =
    0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
  return { ...counts, grade: Math.round(grade * 10) / 10 };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
