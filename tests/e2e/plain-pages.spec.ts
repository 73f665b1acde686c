/**
 * React renders this site at build time only: every exported page is plain HTML and CSS
 * with one small script of the site's own (see lib/framework-runtime.ts and enhance/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { charactersOutsideFont } from '../../lib/font-subset';
import { notPlainPage } from '../../lib/framework-runtime';
import { glossary, recordPagesChecked, text } from './library';

const OUT = 'out';
const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' });
const pages = files.filter((file) => file.endsWith('.html'));
const [siteScript] = files.filter((file) => /^assets\/site\.[0-9a-f]+\.js$/.test(file));

test('no exported page loads, preloads or embeds the framework runtime, and out/ holds no payload files', () => {
  expect(siteScript, 'the enhancement script is exported').toBeDefined();
  const problems: string[] = [];
  for (const file of pages) {
    const html = readFileSync(path.join(OUT, file), 'utf8');
    // Redirect stubs carry no script at all.
    if (html.includes('http-equiv="refresh"')) {
      if (/<script\b[^>]*\bsrc=/.test(html)) problems.push(`${file}: a redirect with a script`);
      continue;
    }
    problems.push(...notPlainPage(html).map((problem) => `${file}: ${problem}`));
    if (!html.includes(`<script src="/${siteScript}"`))
      problems.push(`${file}: not /${siteScript}`);
  }
  const payloads = files.filter((file) => file.endsWith('.txt') && file !== 'robots.txt');
  const chunks = files.filter((file) => file.startsWith('_next/') && file.endsWith('.js'));
  expect(problems).toEqual([]);
  expect(payloads).toEqual([]);
  expect(chunks).toEqual([]);
  recordPagesChecked('no framework runtime', pages.length);
});

test('the site script is small, named by its content, and cached for good', async ({ request }) => {
  const response = await request.get(`/${siteScript}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('javascript');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('a page loads nothing but its HTML, the stylesheet, the font, the icon and the site script', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  for (const url of [
    '/',
    '/conditions/sciatica',
    '/procedures/epidural-steroid-injection',
    '/glossary/f',
  ]) {
    requested.length = 0;
    await page.goto(url);
    await page.waitForLoadState('load');
    const unexpected = requested.filter(
      (p) =>
        p !== url &&
        p !== `/${siteScript}` &&
        !/^\/_next\/static\/(chunks\/[^/]+\.css|media\/[^/]+\.(woff2|svg))$/.test(p) &&
        !p.startsWith('/icon.svg'),
    );
    expect(unexpected, url).toEqual([]);
  }
});

test('every character the pages show is in the font file', () => {
  const outside = new Set<string>();
  for (const file of pages) {
    const html = readFileSync(path.join(OUT, file), 'utf8');
    const body = html.slice(html.indexOf('<body'));
    const shown = body
      .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ');
    for (const char of charactersOutsideFont(shown))
      outside.add(`${char} (U+${char.codePointAt(0)!.toString(16)}) in ${file}`);
  }
  expect([...outside]).toEqual([]);
});

test('on a touch screen, the first tap on a glossary term shows its definition in place, with a link to the glossary @phone-only', async ({
  page,
}) => {
  await page.goto('/conditions/sciatica');
  const term = page.locator('.article-body a.glossary-term').first();
  const href = (await term.getAttribute('href'))!;
  const entry = glossary.find((g) => g.slug === href.split('#')[1])!;
  await term.tap();
  await expect(page).toHaveURL(/\/conditions\/sciatica$/);
  const popup = page.locator('#glossary-popup');
  await expect(popup).toBeVisible();
  await expect(popup).toContainText(text(entry, 'definition'));
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  // A tap elsewhere puts it away; the link in it leads to the glossary.
  await page.locator('h1').tap();
  await expect(popup).toBeHidden();
  await term.tap();
  await popup.getByRole('link').tap();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
