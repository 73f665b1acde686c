import { expect, test } from '@playwright/test';
import { recordPagesChecked, sitemapPaths } from './library';

test('no page requests anything from another origin, sets a cookie or stores anything in the browser', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol))
      foreign.push(`${page.url()} -> ${req.url()}`);
  });
  const paths = [...(await sitemapPaths(request)), '/search?q=epidural', '/no-such-page'];
  for (const path of paths) {
    await page.goto(path);
    const stored = await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    }));
    expect(stored, path).toEqual({ local: 0, session: 0, cookie: '' });
  }
  // Searching fetches the index; it must come from this site too.
  await page.goto('/search?q=nerve+burning');
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  recordPagesChecked('privacy', paths.length);
});

test('links to other sites send no referrer and cannot reach back into the page', async ({
  request,
}) => {
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain('<meta name="referrer" content="no-referrer"/>');
    const unsafe = [...html.matchAll(/<a\b[^>]*\bhref="(https?:[^"]*)"[^>]*>/g)]
      .filter(
        ([tag]) =>
          !/\brel="[^"]*\bnoopener\b[^"]*"/.test(tag) ||
          !/\brel="[^"]*\bnoreferrer\b[^"]*"/.test(tag),
      )
      .map(([, href]) => href);
    expect(unsafe, path).toEqual([]);
  }
});
