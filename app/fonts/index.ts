import localFont from 'next/font/local';

/**
 * Atkinson Hyperlegible Next, designed for readers with low vision, served from the site
 * itself, kept here with its licence (SIL Open Font License 1.1). It is the Latin file of
 * @fontsource-variable/atkinson-hyperlegible-next 5.3.0, cut down to the characters this
 * site can use: ASCII, Latin-1 (so Spanish keeps its accents, ñ, ¿ and ¡), dashes, curly
 * quotes, the ellipsis, bullets, arrows, € and ™. That saves 2.6 KB (34.0 to 31.4 KB) on every
 * first visit. Made with fontTools (Debian's python3-fonttools and python3-brotli):
 *   python3 -m fontTools.subset <fontsource file> --layout-features='*' --flavor=woff2 \
 *     --unicodes="U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201D,U+2022,U+2026,U+2039-203A,U+20AC,U+2122,U+2190-2193,U+2212"
 * The browser tests check that every character the pages use is in it. Next preloads it and sizes a
 * fallback (Arial) to the same metrics. `optional` means a phone that has not fetched the
 * font within about 100 ms keeps the fallback for that page instead of redrawing the text
 * when the font arrives: words never jump while someone is reading them.
 */
export const bodyFont = localFont({
  src: './atkinson-hyperlegible-next-latin1-wght-normal.woff2',
  weight: '200 800',
  style: 'normal',
  display: 'optional',
  variable: '--font-body',
  adjustFontFallback: 'Arial',
  preload: true,
});
