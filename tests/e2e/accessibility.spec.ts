import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './library';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const url of [...allPages, '/this-page-does-not-exist']) {
  test(`${url} has no automatically detectable accessibility problems @phone`, async ({ page }) => {
    await page.goto(url);
    // Legacy mode runs axe in the page itself instead of opening a helper page: half the time,
    // and the site has no frames that would need the newer cross-frame mode.
    const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(tags).analyze();
    const problems = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(problems).toEqual([]);
  });
}
