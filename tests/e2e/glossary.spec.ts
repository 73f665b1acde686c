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
  const slug = (await first.getAttribute('href'))!.split('#')[1];
  const entry = glossary.find((g) => g.slug === slug)!;
  const popup = page.getByRole('tooltip');

  await first.hover();
  await expect(popup).toHaveText(text(entry, 'definition'));
  await expect(first).toHaveAttribute('aria-describedby', 'glossary-popup');
  await popup.hover();
  await expect(popup).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);

  // A pointer resting where the popup appears would rightly keep it open (WCAG 1.4.13),
  // so it moves away before the keyboard half of the test.
  await page.mouse.move(0, 0);
  await first.focus();
  await expect(popup).toHaveText(text(entry, 'definition'));
  // Tabbing on shows the next control's definition if it is a term too, and none otherwise.
  await page.keyboard.press('Tab');
  await expect(first).not.toHaveAttribute('aria-describedby');
  const nextDefinition = await page.evaluate(
    () => document.activeElement?.getAttribute('data-definition') ?? null,
  );
  if (nextDefinition) await expect(popup).toHaveText(nextDefinition);
  // Focus leaving the terms hides the popup.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
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
