/**
 * The site's brand colours, from the site configuration into every place they are drawn:
 * the stylesheet's custom properties, the icon and the contrast they must keep with white.
 * Pure functions, so a clinic's rebrand is one edit to lib/site-config.ts.
 */
import { createHash } from 'node:crypto';
import type { SiteConfig } from './site-config';

export type Brand = SiteConfig['brand'];

function channels(hex: string): [number, number, number] {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) {
    throw new Error(`A brand colour must be written #rrggbb, not "${hex}"`);
  }
  const channel = (at: number) => parseInt(hex.slice(at, at + 2), 16);
  return [channel(1), channel(3), channel(5)];
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = channels(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio between two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [first, second] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

/**
 * The stylesheet rule that gives the brand colours to the custom properties the theme in
 * app/globals.css reads. The layout puts it in a <style> element; the page's CSP allows it
 * by its hash (brandStyleHash).
 */
export function brandCss(brand: Brand): string {
  channels(brand.color);
  channels(brand.colorDark);
  return `:root{--brand-color:${brand.color};--brand-color-dark:${brand.colorDark}}`;
}

/** The CSP source that allows exactly brandCss's rule as an inline style. */
export const brandStyleHash = (brand: Brand): string =>
  `'sha256-${createHash('sha256').update(brandCss(brand)).digest('base64')}'`;

/** The site icon: a white cross on a rounded square of the brand colour. */
export function brandIconSvg(brand: Brand): string {
  channels(brand.color);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${brand.color}"/><path d="M9 16h14M16 9v14" stroke="#fff" stroke-width="4" stroke-linecap="round"/></svg>`;
}
