import { expect, test, type Page } from '@playwright/test';
import { LOCALES, localizePath } from '../../lib/i18n';
import { brandStyleHash } from '../../lib/brand';
import { COMMON_HEADERS } from '../../lib/security-headers';
import { siteConfig } from '../../lib/site-config';
import { recordPagesChecked, sitemapPaths } from './library';

/** Records every Content Security Policy violation the page reports. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (e) =>
      found.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the local server sends the security headers on pages and files', async ({ request }) => {
  for (const path of ['/', '/conditions/sciatica', '/no-such-page', '/sitemap.xml']) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(COMMON_HEADERS))
      expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
});

/** The search page in each language, the one page that runs Pagefind's WebAssembly. */
const SEARCH_PAGES = LOCALES.map((locale) => localizePath('/search', locale));

test('every page carries a CSP that runs scripts from the site only, no inline script, and raises no violation', async ({
  page,
  request,
}) => {
  await recordViolations(page);
  const paths = [...(await sitemapPaths(request)), '/search?q=nerve+burning'];
  // About a second a page, with room to spare on a busy machine: the library keeps growing.
  test.setTimeout(60_000 + paths.length * 2_000);
  for (const path of paths) {
    await page.goto(path);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    // Only the search page runs WebAssembly (Pagefind's); no page allows an inline script.
    expect(policy, path).toContain(
      SEARCH_PAGES.includes(path.split('?')[0] ?? path)
        ? "script-src 'self' 'wasm-unsafe-eval';"
        : "script-src 'self';",
    );
    expect(policy, path).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(/script-src [^;]*/.exec(policy ?? '')?.[0], path).not.toContain('sha256-');
    // The one inline style is the brand colours' rule, allowed by its hash alone.
    expect(policy, path).toContain(`style-src 'self' ${brandStyleHash(siteConfig.brand)};`);
    expect(await violations(page), path).toEqual([]);
  }
  // Search ran its WebAssembly under the policy.
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  recordPagesChecked('CSP', paths.length);
});

test('a page with an injected inline script and a third-party image has both blocked', async ({
  page,
}) => {
  await recordViolations(page);
  await page.route('**/conditions/sciatica', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</main>',
      '<script>window.injected = true</script><img src="https://tracker.example/pixel.png" alt=""></main>',
    );
    await route.fulfill({ response, body: html });
  });
  // Chromium announces the image request before the policy stops it; none may complete.
  const thirdParty: string[] = [];
  page.on('requestfinished', (req) => {
    if (req.url().startsWith('https://tracker.example')) thirdParty.push(req.url());
  });
  await page.goto('/conditions/sciatica');
  await page.waitForLoadState('load');
  expect(
    await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
  ).toBeUndefined();
  const found = await violations(page);
  expect(found.some((v) => v.startsWith('script-src') && v.endsWith('inline'))).toBe(true);
  expect(found).toContain('img-src https://tracker.example/pixel.png');
  expect(thirdParty).toEqual([]);
});
