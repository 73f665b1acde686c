import localFont from 'next/font/local';

/**
 * Atkinson Hyperlegible Next, designed for readers with low vision, served from the site
 * itself: the Latin file only (English text needs no other), kept here with its licence
 * (SIL Open Font License 1.1), copied from @fontsource-variable/atkinson-hyperlegible-next 5.3.0. Next preloads it and sizes a
 * fallback (Arial) to the same metrics. `optional` means a phone that has not fetched the
 * font within about 100 ms keeps the fallback for that page instead of redrawing the text
 * when the font arrives: words never jump while someone is reading them.
 */
export const bodyFont = localFont({
  src: './atkinson-hyperlegible-next-latin-wght-normal.woff2',
  weight: '200 800',
  style: 'normal',
  display: 'optional',
  variable: '--font-body',
  adjustFontFallback: 'Arial',
  preload: true,
});
