/**
 * The INFLESZ scale (Barrio-Cantalejo et al., 2008), Spanish health writers' readability
 * measure, built on Szigriszt-Pazos's perspicuity formula:
 *   score = 206.835 − 62.3 × (syllables ÷ words) − (words ÷ sentences)
 * Higher is easier: below 40 "muy difícil", 40–55 "algo difícil", 55–65 "normal",
 * 65–80 "bastante fácil", above 80 "muy fácil".
 */
import { countProse } from './readability';

export type Inflesz = { words: number; sentences: number; syllables: number; score: number };

const WORD = /[A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]+(?:['’-][A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]+)*/g;
// Accented í and ú break a diphthong (dí-a, ba-úl), so they count as strong vowels.
const STRONG = /[aeoáéóíú]/g;
const VOWEL_RUNS = /[aeiouáéíóúü]+/g;

/**
 * Syllables in one Spanish word, counted by vowel nuclei: a run of vowels is one syllable
 * plus one for each extra strong vowel (a hiatus, as in le-ón); weak vowels join their
 * neighbours (a diphthong, as in cui-da-do). The u of que, qui, gue and gui is silent, and a
 * final y after a vowel (hoy, muy) is part of that vowel's syllable.
 */
export function syllablesEs(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/[^a-záéíóúüñ]/g, '')
    .replace(/([qg])u([eiéí])/g, '$1$2')
    .replace(/^y$/, 'i')
    .replace(/y(?![aeiouáéíóúü])/g, 'i');
  if (w.length === 0) return 1; // a number is read as at least one syllable
  let count = 0;
  for (const run of w.match(VOWEL_RUNS) ?? []) count += Math.max(1, run.match(STRONG)?.length ?? 0);
  return Math.max(1, count);
}

/** The INFLESZ score of some blocks of prose (rounded to one decimal place). */
export function inflesz(blocks: readonly string[]): Inflesz {
  const counts = countProse(blocks, WORD, syllablesEs);
  if (counts.words === 0) return { ...counts, score: 0 };
  const score =
    206.835 - 62.3 * (counts.syllables / counts.words) - counts.words / counts.sentences;
  return { ...counts, score: Math.round(score * 10) / 10 };
}

/** The INFLESZ band a score falls in, as the scale names it. */
export function infleszBand(score: number): string {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}
