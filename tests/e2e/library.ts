/**
 * The content library as the browser tests see it: front matter read straight from
 * content/, so tests follow whatever pages the library holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { factReferences } from '../../lib/content/directives';
import { readFolderFrontMatter, readFrontMatter } from '../../lib/content/front-matter';
import { test, type APIRequestContext } from '@playwright/test';
import { pageUrl, type AddressedCollection } from '../../lib/content/schema';
import {
  azLetterPath,
  BODY_MAP_PATH,
  FIXED_PATHS,
  glossaryLetterPath,
} from '../../lib/content/site-paths';
import { localizePath, type Locale } from '../../lib/i18n';

export type Page = {
  collection: AddressedCollection;
  slug: string;
  url: string;
  data: Record<string, unknown>;
};

export function readCollection(collection: AddressedCollection, locale: Locale = 'en'): Page[] {
  const dir = path.join('content', locale === 'en' ? '' : locale, collection);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const read = readFrontMatter(text);
      if (!read.ok) throw new Error(`${file}: ${read.message}`);
      const slug = path.basename(file, '.md');
      return {
        collection,
        slug,
        url: localizePath(pageUrl(collection, slug), locale),
        data: read.data,
      };
    });
}

/** The shared facts (content/facts/), which have no page of their own. */
export const facts = readFolderFrontMatter('content', 'facts');

/** The facts a page inserts, from the raw Markdown of its body. */
export function factsUsedBy(page: Page): typeof facts {
  const file = path.join('content', page.collection, `${page.slug}.md`);
  const used = factReferences(readFileSync(file, 'utf8'));
  return facts.filter((fact) => used.includes(fact.slug));
}

export const conditions = readCollection('conditions');
export const procedures = readCollection('procedures');
export const guides = readCollection('guides');
export const faqs = readCollection('faqs');
export const glossary = readCollection('glossary');

/** The Spanish pages, each naming its English original in `translationOf`. */
export const spanish = {
  conditions: readCollection('conditions', 'es'),
  procedures: readCollection('procedures', 'es'),
  guides: readCollection('guides', 'es'),
  faqs: readCollection('faqs', 'es'),
  glossary: readCollection('glossary', 'es'),
};

/** The Spanish translation of an English page, if it has one. */
export const spanishOf = (page: Page): Page | undefined =>
  spanish[page.collection].find((es) => es.data.translationOf === page.slug);

/** The pages the main navigation leads to. */
export const listingPages = [
  '/',
  BODY_MAP_PATH,
  '/conditions',
  '/procedures',
  '/guides',
  '/faq',
  '/glossary',
  '/about',
  '/search',
  '/a-z',
];

/** The fixed pages in Spanish: every English one at its Spanish address, and the letter Ñ. */
export const spanishFixedPaths = [
  ...FIXED_PATHS.map((fixed) => localizePath(fixed, 'es')),
  localizePath(glossaryLetterPath('Ñ'), 'es'),
  localizePath(azLetterPath('Ñ'), 'es'),
];

/**
 * Every page of the site in both languages, one address each: the fixed pages (listings,
 * every letter and topic page, even those that list nothing yet) and every content page.
 */
export const allPages = [
  ...FIXED_PATHS,
  ...[...conditions, ...procedures, ...guides, ...faqs].map((page) => page.url),
  ...spanishFixedPaths,
  ...[...spanish.conditions, ...spanish.procedures, ...spanish.guides, ...spanish.faqs].map(
    (page) => page.url,
  ),
];

export const list = (page: Page, field: string): string[] =>
  (page.data[field] as string[] | undefined) ?? [];
export const text = (page: Page, field: string): string => page.data[field] as string;

/**
 * Records how many pages a site-wide check covered; `npm test` adds these up per check and
 * prints them, so a run states how much of the site each check saw.
 */
export function recordPagesChecked(check: string, pages: number): void {
  test.info().annotations.push({ type: PAGES_CHECKED, description: `${check}=${pages}` });
}
export const PAGES_CHECKED = 'pages checked';

/** The path of every page the sitemap lists. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
