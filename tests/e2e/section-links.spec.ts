import { expect, test } from '@playwright/test';
import { uiText } from '../../lib/ui-text';
import { conditions, glossary, guides, procedures } from './library';

test('every heading of every page body has a visible link to its own section', async ({ page }) => {
  for (const doc of [...conditions.slice(0, 3), ...procedures.slice(0, 3), ...guides.slice(0, 3)]) {
    await page.goto(doc.url);
    const headings = page.locator('.article-body :is(h2, h3)');
    const count = await headings.count();
    expect(count, doc.url).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const heading = headings.nth(i);
      const id = await heading.getAttribute('id');
      const link = heading.locator('xpath=following-sibling::a[1]');
      await expect(link).toHaveAttribute('href', `#${id}`);
      await expect(link).toHaveAccessibleName(
        `${uiText.sectionLink.label}: ${await heading.innerText()}`,
      );
      await expect(link).toBeVisible();
    }
  }
});

test('every glossary term has a link to itself', async ({ page }) => {
  for (const term of glossary) {
    if (!page.url().endsWith(term.url.split('#')[0]!)) await page.goto(term.url);
    await expect(page.locator(`[id="${term.slug}"] a.section-link`)).toHaveAttribute(
      'href',
      `#${term.slug}`,
    );
  }
});

test('following a section link copies its full address and says so to screen readers', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const term = glossary[0]!;
  await page.goto(term.url.split('#')[0]!);
  await page.locator(`[id="${term.slug}"] a.section-link`).click();
  await expect(page).toHaveURL(new RegExp(`${term.url}$`));
  await expect(page.getByRole('status').filter({ hasText: uiText.sectionLink.copied })).toHaveCount(
    1,
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a section link is a plain link to the section', async ({ page }) => {
    const doc = procedures[0]!;
    await page.goto(doc.url);
    const link = page.locator('.article-body a.section-link').nth(1);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(href)).toBeInViewport();
  });
});
