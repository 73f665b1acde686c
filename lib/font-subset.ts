/**
 * The characters the site's font file holds (app/fonts/index.ts says how it was cut):
 * ASCII, Latin-1 and the punctuation English and Spanish pages use. A page using any other
 * character would show it in a fallback font; the browser tests check every page.
 */
export const FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2013, 0x2014],
  [0x2018, 0x201d],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
];

/** The characters of `text` the font does not hold (line breaks and tabs are not drawn). */
export function charactersOutsideFont(text: string): string[] {
  const outside = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0x0a || code === 0x09 || code === 0x0d) continue;
    if (!FONT_RANGES.some(([from, to]) => code >= from && code <= to)) outside.add(char);
  }
  return [...outside];
}
