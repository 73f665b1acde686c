import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  allPages,
  conditions,
  guides,
  listingPages,
  procedures,
  recordPagesChecked,
  sitemapPaths,
} from './library';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One page of each kind also runs on a phone-sized screen, where the layout differs. */
const phoneSample = new Set([
  ...listingPages,
  conditions[0]?.url,
  procedures[0]?.url,
  guides[0]?.url,
]);

for (const url of [...allPages, '/this-page-does-not-exist']) {
  const tag = phoneSample.has(url) ? ' @phone' : '';
  test(`${url} has no automatically detectable accessibility problems${tag}`, async ({ page }) => {
    await page.goto(url);
    // Legacy mode runs axe in the page itself instead of opening a helper page: half the time,
    // and the site has no frames that would need the newer cross-frame mode.
    const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(tags).analyze();
    const problems = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(problems).toEqual([]);
    recordPagesChecked('accessibility', 1);
  });
}

test('the accessibility checks cover every page in the sitemap', async ({ request }) => {
  const sitemap = await sitemapPaths(request);
  expect(sitemap.filter((path) => !allPages.includes(path))).toEqual([]);
});
