/**
 * Weighs every page of an exported site (see lib/page-weight.ts). Used by the budget test and
 * the build benchmark; run directly (`npx tsx scripts/weigh-export.ts [out]`) it prints a table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageTypeOf, weighPage, type PageType, type PageWeight } from '../lib/page-weight';

export type WeighedPage = { sitePath: string; type: PageType; weight: PageWeight };

/** Every page in the export except redirect stubs and Next's internal files. */
export function weighExport(outDir = 'out'): WeighedPage[] {
  const cache = new Map<string, Buffer>();
  const readFile = (url: string) => {
    let data = cache.get(url);
    if (!data) {
      data = readFileSync(path.join(outDir, decodeURIComponent(url.split(/[?#]/)[0]!)));
      cache.set(url, data);
    }
    return data;
  };
  const pages: WeighedPage[] = [];
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!file.endsWith('.html') || file.startsWith('_')) continue;
    const html = readFileSync(path.join(outDir, file), 'utf8');
    if (html.includes('http-equiv="refresh"')) continue;
    const sitePath =
      `/${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/';
    pages.push({ sitePath, type: pageTypeOf(sitePath), weight: weighPage(html, readFile) });
  }
  return pages;
}

/** The heaviest page of each type, figure by figure. */
export function heaviestByType(pages: readonly WeighedPage[]) {
  const heaviest = new Map<PageType, PageWeight & { pages: number }>();
  for (const { type, weight } of pages) {
    const now = heaviest.get(type);
    heaviest.set(type, {
      pages: (now?.pages ?? 0) + 1,
      htmlBytes: Math.max(now?.htmlBytes ?? 0, weight.htmlBytes),
      scriptBytes: Math.max(now?.scriptBytes ?? 0, weight.scriptBytes),
      scriptFiles: Math.max(now?.scriptFiles ?? 0, weight.scriptFiles),
      cssBytes: Math.max(now?.cssBytes ?? 0, weight.cssBytes),
      fontFiles: Math.max(now?.fontFiles ?? 0, weight.fontFiles),
      fontBytes: Math.max(now?.fontBytes ?? 0, weight.fontBytes),
    });
  }
  return heaviest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  console.log('type       pages  HTML KB  script KB (files)  CSS KB  fonts KB (files)');
  for (const [type, w] of heaviestByType(weighExport(process.argv[2] ?? 'out')))
    console.log(
      `${type.padEnd(10)} ${String(w.pages).padStart(5)} ${kb(w.htmlBytes).padStart(8)} ${kb(w.scriptBytes).padStart(10)} (${w.scriptFiles}) ${kb(w.cssBytes).padStart(10)} ${kb(w.fontBytes).padStart(8)} (${w.fontFiles})`,
    );
}
