import { expect, test } from '@playwright/test';
import { conditions, guides, listingPages, procedures } from './library';

const sample = [
  ...listingPages,
  conditions[0]!.url,
  procedures[0]!.url,
  guides[0]!.url,
  '/no-such-page',
];

test.describe('at 320 CSS pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no page scrolls sideways', async ({ page }) => {
    for (const url of sample) {
      await page.goto(url);
      const overflow = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
      expect(await overflow(), `${url} at 320px`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('at 200% zoom on a 1280px screen (640 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 480 }, deviceScaleFactor: 2 });

  test('no page scrolls sideways', async ({ page }) => {
    for (const url of sample) {
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });
});

test('motion is reduced when the reader asks for it', async ({ page }) => {
  await page.goto('/faq');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'smooth',
  );
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'auto',
  );
});

test('every control reached by Tab shows a visible focus indicator', async ({ page }) => {
  await page.goto(procedures[0]!.url);
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return { tag: el.tagName, outline: s.outlineStyle, shadow: s.boxShadow };
    });
    if (!style) continue;
    expect(style.outline !== 'none' || style.shadow !== 'none', `${style.tag} #${i}`).toBe(true);
  }
});
