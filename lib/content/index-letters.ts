/**
 * The letters the glossary and the A–Z index are filed under. Each letter has pages of its
 * own (/glossary/b, /a-z/b), so no page grows with the whole library.
 */

import type { Locale } from '../i18n';

/** A to Z, then "#" for names that start with a digit or a symbol. */
export const INDEX_LETTERS: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

/** Spanish files Ñ as a letter of its own, after N. */
const SPANISH_LETTERS: readonly string[] = [...'ABCDEFGHIJKLMNÑOPQRSTUVWXYZ', '#'];

/** The letters of the glossary and the A–Z index in a language. */
export const indexLettersFor = (locale: Locale): readonly string[] =>
  locale === 'es' ? SPANISH_LETTERS : INDEX_LETTERS;

/**
 * The letter a name is filed under: its first letter, accents removed (Ñ stays Ñ in Spanish);
 * anything else under "#".
 */
export function indexLetter(text: string, locale: Locale = 'en'): string {
  const trimmed = text.trim();
  if (locale === 'es' && /^ñ/i.test(trimmed)) return 'Ñ';
  const first = trimmed.normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** The letter's part of an address: "b" for B, "0-9" for "#", and plain ASCII "enie" for Ñ. */
export function letterSlug(letter: string): string {
  if (letter === '#') return '0-9';
  if (letter === 'Ñ') return 'enie';
  return letter.toLowerCase();
}

/** The letter an address part stands for, or undefined when it is not one. */
export function letterOfSlug(slug: string, locale: Locale = 'en'): string | undefined {
  return indexLettersFor(locale).find((letter) => letterSlug(letter) === slug);
}

/** How a letter reads on the page and to a screen reader: "#" is shown as "0–9". */
export function letterLabel(letter: string): string {
  return letter === '#' ? '0–9' : letter;
}
