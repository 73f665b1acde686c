import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { recordPagesChecked } from './library';

/** Every HTML page the export wrote, by its site path. */
function exportedPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync('out', { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith('_')) continue;
    const sitePath =
      `/${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/';
    pages.set(sitePath, readFileSync(path.join('out', file), 'utf8'));
  }
  return pages;
}

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** Files the site serves besides pages, which links may point to. */
const ASSETS =
  /^\/(_next\/|pagefind\/|feed\.xml$|atom\.xml$|sitemap\.xml$|robots\.txt$|.*opengraph-image$)/;

test('every internal link and #fragment on every exported page leads to a page and an element that exist', () => {
  const pages = exportedPages();
  expect(pages.size).toBeGreaterThan(50);
  const broken: string[] = [];
  let checked = 0;
  for (const [from, html] of pages) {
    const ids = idsOf(html);
    for (const [, raw] of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
      const href = raw!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|sms:)/.test(href)) continue;
      const [pathPart = '', fragment] = href.split('#');
      checked++;
      if (pathPart === '') {
        if (fragment && !ids.has(decodeURIComponent(fragment)))
          broken.push(`${from}: ${href} (no such element)`);
        continue;
      }
      const target = pathPart.split('?')[0]!.replace(/\/$/, '') || '/';
      if (ASSETS.test(target)) continue;
      const targetHtml = pages.get(target);
      if (!targetHtml) broken.push(`${from}: ${href} (no such page)`);
      else if (fragment && !idsOf(targetHtml).has(decodeURIComponent(fragment)))
        broken.push(`${from}: ${href} (no such element)`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
  recordPagesChecked('links', pages.size);
});
