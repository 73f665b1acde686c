import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { siteConfig } from '../../lib/site-config';
import { conditions, guides, list, procedures } from './library';

const redirects = [...conditions, ...procedures, ...guides].flatMap((page) =>
  list(page, 'redirectFrom').map((from) => ({ from, to: page.url })),
);
const published = readFileSync('content/published-paths.txt', 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('/'));

test('the library has redirects to test', () => {
  expect(redirects.length).toBeGreaterThan(0);
});

for (const { from, to } of redirects) {
  test(`the old address ${from} leads to ${to}`, async ({ page, request }) => {
    // The local server answers with a permanent redirect.
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toBe(to);
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));

    // Hosts without redirect rules serve the exported page at the old path, which moves on by itself.
    const html = readFileSync(`out${from}.html`, 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${siteConfig.baseUrl}${to}">`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
  });
}

test('every address the site has ever published still opens a page', async ({ request }) => {
  test.setTimeout(120_000);
  for (const path of published) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
});
