import { expect, test } from '@playwright/test';
import { siteConfig } from '../../lib/site-config';
import { uiText } from '../../lib/ui-text';
import { PROCEDURE_COMPARISON_PATH } from '../../lib/content/site-paths';
import { procedures, text } from './library';

const procedure = procedures.find((p) => p.slug === 'radiofrequency-ablation') ?? procedures[0]!;

test('a page prints as a clean handout: no chrome, key points and warnings kept, addresses and a QR code at the end', async ({
  page,
}) => {
  await page.goto(procedure.url);
  await page.emulateMedia({ media: 'print' });

  for (const chrome of [
    'header nav',
    '.header-search',
    'footer',
    'nav[aria-label="Breadcrumb"]',
    '.share-tools',
  ]) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(procedure, 'title'));
  await expect(page.locator('.key-points')).toBeVisible();
  // Every level of urgent advice prints, the emergency card first.
  for (const card of await page.locator('.care-card').all()) await expect(card).toBeVisible();
  await expect(page.locator('.care-card').first()).toContainText(
    `Call ${siteConfig.emergencyNumber}`,
  );

  // Links to this site's own pages print as plain words: a relative address means nothing
  // on paper (#12). The handout's footer gives the page's full address instead.
  const link = page.locator('.article-body a[href^="/"]').first();
  const href = (await link.getAttribute('href'))!;
  const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).not.toContain(href);

  // So do the sources, so a reader can look them up from paper.
  const source = page.locator('.source-list a').first();
  expect(await source.evaluate((el) => getComputedStyle(el, '::after').content)).toContain(
    (await source.getAttribute('href'))!,
  );

  const footer = page.locator('.print-footer');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(`${siteConfig.baseUrl}${procedure.url}`);
  await expect(footer).toContainText(uiText.lastReviewed);
  await expect(
    footer.getByRole('img', { name: `QR code linking to ${siteConfig.baseUrl}${procedure.url}` }),
  ).toBeVisible();

  // The real print engine renders it.
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});

test('on screen, the page offers to print and to email itself, and shows no print footer', async ({
  page,
}) => {
  await page.goto(procedure.url);
  await expect(page.locator('.print-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: uiText.print.button })).toBeVisible();
  const email = page.getByRole('link', { name: uiText.print.email });
  const href = (await email.getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:?subject=')).toBe(true);
  expect(decodeURIComponent(href)).toContain(`${siteConfig.baseUrl}${procedure.url}`);
});

test('the procedure comparison prints whole on a page of paper, with no column cut off', async ({
  page,
}) => {
  // About the width of A4 or US Letter paper inside the printer's margins.
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.goto(PROCEDURE_COMPARISON_PATH);
  const tables = page.locator('.comparison-table');
  expect(await tables.count()).toBeGreaterThan(0);
  for (const table of await tables.all()) {
    const { right, pageWidth } = await table.evaluate((el) => ({
      right: el.getBoundingClientRect().right,
      pageWidth: document.documentElement.clientWidth,
    }));
    expect(right).toBeLessThanOrEqual(pageWidth);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the print button, which needs JavaScript, takes no space; the email link is still there', async ({
    page,
  }) => {
    await page.goto(procedure.url);
    await expect(page.getByRole('button', { name: uiText.print.button })).toHaveCount(0);
    await expect(page.getByRole('link', { name: uiText.print.email })).toBeVisible();
    // No empty place is kept for it: its list item is not drawn at all.
    const items = page.locator('.share-tools > li');
    expect(
      await items.evaluateAll(
        (lis) => lis.filter((li) => li.getBoundingClientRect().width > 0).length,
      ),
    ).toBe(1);
  });
});
