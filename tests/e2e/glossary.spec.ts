import { expect, test } from '@playwright/test';
import { glossary, text } from './library';

const page_ = '/conditions/sciatica';

test('the first use of a glossary term links to its definition, which shows on hover and on keyboard focus', async ({
  page,
}) => {
  await page.goto(page_);
  const terms = page.locator('.article-body a.glossary-term');
  expect(await terms.count()).toBeGreaterThan(0);
  const hrefs = await terms.evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(new Set(hrefs).size, 'each term is linked once').toBe(hrefs.length);

  const first = terms.first();
  const slug = (await first.getAttribute('href'))!.replace('/glossary#', '');
  const entry = glossary.find((g) => g.slug === slug)!;
  const popup = page.getByRole('tooltip');

  await first.hover();
  await expect(popup).toHaveText(text(entry, 'definition'));
  await expect(first).toHaveAttribute('aria-describedby', 'glossary-popup');
  await popup.hover();
  await expect(popup).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);

  await first.focus();
  await expect(popup).toHaveText(text(entry, 'definition'));
  await page.keyboard.press('Tab');
  await expect(popup).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a glossary term is a plain link to its entry in the glossary', async ({ page }) => {
    await page.goto(page_);
    const first = page.locator('.article-body a.glossary-term').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace('#', '#')}$`));
    await expect(page.locator(`[id="${href.split('#')[1]}"] dd`)).toBeVisible();
  });
});
