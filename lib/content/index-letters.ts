/**
 * The letters the glossary and the A–Z index are filed under. Each letter has pages of its
 * own (/glossary/b, /a-z/b), so no page grows with the whole library.
 */

/** A to Z, then "#" for names that start with a digit or a symbol. */
export const INDEX_LETTERS: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

/** The letter a name is filed under: its first letter, accents removed; anything else under "#". */
export function indexLetter(text: string): string {
  const first = text.trim().normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** The letter's part of an address: "b" for B, "0-9" for "#". */
export function letterSlug(letter: string): string {
  return letter === '#' ? '0-9' : letter.toLowerCase();
}

/** The letter an address part stands for, or undefined when it is not one. */
export function letterOfSlug(slug: string): string | undefined {
  return INDEX_LETTERS.find((letter) => letterSlug(letter) === slug);
}

/** How a letter reads on the page and to a screen reader: "#" is shown as "0–9". */
export function letterLabel(letter: string): string {
  return letter === '#' ? '0–9' : letter;
}
