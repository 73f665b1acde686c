import { expect, test } from '@playwright/test';
import { faqs, glossary, text } from './library';

// Links shared before the glossary, the A–Z index and the answers moved to pages of their
// own must still lead to what they pointed at.

test('an old link to a glossary term opens its letter page at the term', async ({ page }) => {
  const term = glossary.find((t) => t.slug.startsWith('f')) ?? glossary[0]!;
  await page.goto(`/glossary#${term.slug}`);
  await expect(page).toHaveURL(new RegExp(`${term.url}$`));
  await expect(page.locator(`[id="${term.slug}"] .term-name`)).toHaveText(text(term, 'term'));
  await expect(page.locator(`[id="${term.slug}"]`)).toBeInViewport();
});

test('an old link to a letter of the glossary or the A to Z index opens that letter page', async ({
  page,
}) => {
  await page.goto('/glossary#letter-C');
  await expect(page).toHaveURL(/\/glossary\/c$/);
  await page.goto('/a-z#letter-S');
  await expect(page).toHaveURL(/\/a-z\/s$/);
});

test("an old link to a question on the FAQ page opens the question's own page", async ({
  page,
}) => {
  const faq = faqs[0]!;
  await page.goto(`/faq#${faq.slug}`);
  await expect(page).toHaveURL(new RegExp(`${faq.url}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(faq, 'question'));
});

test('a link to a part still on the page stays there', async ({ page }) => {
  await page.goto('/faq#topic-safety');
  await page.waitForLoadState('load');
  await expect(page).toHaveURL(/\/faq#topic-safety$/);
  await expect(page.locator('#topic-safety')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an old link opens the old page at its top, which links to where the part lives now', async ({
    page,
  }) => {
    const term = glossary.find((t) => t.slug.startsWith('f')) ?? glossary[0]!;
    await page.goto(`/glossary#${term.slug}`);
    await expect(page).toHaveURL(new RegExp(`/glossary#${term.slug}$`));
    await page.locator('main').getByRole('link', { name: 'F', exact: true }).click();
    await expect(page.locator(`[id="${term.slug}"] .term-name`)).toHaveText(text(term, 'term'));
  });
});
