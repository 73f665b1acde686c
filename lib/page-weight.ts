/**
 * What a page costs a reader on a slow phone: the gzipped bytes of its HTML, of the scripts
 * and styles it loads, and the font files its styles can load. Compared with the committed
 * budgets in bench/budgets.json by the browser tests, and reported by the build benchmark.
 */
import { gzipSync } from 'node:zlib';
import { FIXED_PATHS } from './content/site-paths';
import { localeOfPath, logicalPath } from './i18n';

/** The kinds of page the budgets tell apart. */
export const PAGE_TYPES = [
  'home',
  'listing',
  'condition',
  'procedure',
  'guide',
  'faq',
  'glossary',
  'search',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * Limits for one kind of page, in kilobytes (1 KB = 1,000 bytes) after gzip. A first visit
 * downloads all of it: HTML, scripts, CSS and fonts.
 */
export type PageBudget = { scriptKB: number; cssKB: number; htmlKB: number; firstVisitKB: number };
export type Budgets = {
  pages: Record<PageType, PageBudget>;
  /** Font files any page's styles can load: how many, and their total size (already compressed). */
  fonts: { files: number; totalKB: number };
};

export type PageWeight = {
  htmlBytes: number;
  scriptBytes: number;
  scriptFiles: number;
  cssBytes: number;
  fontFiles: number;
  fontBytes: number;
};

/**
 * The kind of page at a site path such as "/conditions/sciatica". The glossary's letter
 * pages hold its definitions; every other fixed page (listings, letter and topic pages,
 * the comparison) is a listing.
 */
export function pageTypeOf(sitePath: string): PageType {
  // A translated page is the same kind of page as its original.
  const logical = logicalPath(sitePath, localeOfPath(sitePath)) ?? sitePath;
  const [first = '', second] = logical.split('/').filter(Boolean);
  if (first === '') return 'home';
  if (first === 'search') return 'search';
  if (first === 'about') return 'other';
  if (first === 'glossary' && second !== undefined) return 'glossary';
  if (FIXED_PATHS.includes(logical) || first === 'a-z') return 'listing';
  const articles: Record<string, PageType> = {
    conditions: 'condition',
    procedures: 'procedure',
    guides: 'guide',
    faq: 'faq',
  };
  return (second !== undefined && articles[first]) || 'other';
}

export const gzippedSize = (data: string | Buffer) => gzipSync(data).length;

/** Files a page's HTML makes the browser load. */
export function assetsOf(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    // Modern browsers skip nomodule scripts (old-browser polyfills), so readers' phones do too.
    if (src && !/\snomodule\b/i.test(tag)) scripts.add(src);
  }
  const styles = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = /\shref="([^"]+)"/i.exec(tag)?.[1];
    if (!href) continue;
    if (/\srel="stylesheet"/i.test(tag)) styles.add(href);
    if (/\srel="(preload|modulepreload)"/i.test(tag) && /\sas="script"/i.test(tag))
      scripts.add(href);
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/** Font files a stylesheet can load, as addresses relative to the site root. */
export function fontsOf(css: string, cssUrl: string): string[] {
  const fonts = new Set<string>();
  for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/gi))
    fonts.add(new URL(url!, `http://site${cssUrl}`).pathname);
  return [...fonts];
}

/** Weighs a page; `readFile` returns the bytes of a file by its site address. */
export function weighPage(html: string, readFile: (url: string) => Buffer): PageWeight {
  const { scripts, styles } = assetsOf(html);
  const fonts = new Set<string>();
  let cssBytes = 0;
  for (const url of styles) {
    const css = readFile(url);
    cssBytes += gzippedSize(css);
    for (const font of fontsOf(css.toString('utf8'), url)) fonts.add(font);
  }
  return {
    htmlBytes: gzippedSize(html),
    scriptBytes: scripts.reduce((sum, url) => sum + gzippedSize(readFile(url)), 0),
    scriptFiles: scripts.length,
    cssBytes,
    fontFiles: fonts.size,
    // woff2 is already compressed; servers send it as it is.
    fontBytes: [...fonts].reduce((sum, url) => sum + readFile(url).length, 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** One line for each limit the page goes over, naming the page, the figure and the budget. */
export function overBudget(sitePath: string, weight: PageWeight, budgets: Budgets): string[] {
  const type = pageTypeOf(sitePath);
  const budget = budgets.pages[type];
  const problems: string[] = [];
  const check = (what: string, bytes: number, limitKB: number) => {
    if (bytes > limitKB * 1000)
      problems.push(
        `${sitePath}: ${what} is ${kb(bytes)} gzipped, over the ${type} budget of ${limitKB} KB`,
      );
  };
  check('script', weight.scriptBytes, budget.scriptKB);
  check('CSS', weight.cssBytes, budget.cssKB);
  check('HTML', weight.htmlBytes, budget.htmlKB);
  check(
    'the first visit',
    weight.htmlBytes + weight.scriptBytes + weight.cssBytes + weight.fontBytes,
    budget.firstVisitKB,
  );
  if (weight.fontFiles > budgets.fonts.files)
    problems.push(
      `${sitePath}: can load ${weight.fontFiles} font files, over the budget of ${budgets.fonts.files}`,
    );
  if (weight.fontBytes > budgets.fonts.totalKB * 1000)
    problems.push(
      `${sitePath}: fonts total ${kb(weight.fontBytes)}, over the budget of ${budgets.fonts.totalKB} KB`,
    );
  return problems;
}
