import { expect, test } from '@playwright/test';
import { siteConfig } from '../../lib/site-config';
import { localeOfPath } from '../../lib/i18n';
import { fillText, uiText, uiTextFor } from '../../lib/ui-text';
import { PROCEDURE_COMPARISON_PATH } from '../../lib/content/site-paths';
import { readPdfPages } from '../../lib/pdf-pages';
import budgets from '../../bench/budgets.json' with { type: 'json' };
import { conditions, procedures, spanish, text } from './library';

const { handout } = budgets;
/** CSS pixels in a centimetre. */
const PX_PER_CM = 96 / 2.54;

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

  // Each source prints compactly, as its publisher and the address to look it up from paper.
  const source = page.locator('.source-list li').first();
  const sourceLink = source.getByRole('link', { includeHidden: true });
  await expect(sourceLink).toBeHidden();
  await expect(source.locator('.source-address')).toBeVisible();
  await expect(source.locator('.source-address')).toHaveText(
    (await sourceLink.getAttribute('href'))!,
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

test('a Spanish page prints as a Spanish handout: its own address, QR code and dates in Spanish', async ({
  page,
}) => {
  const es = uiTextFor('es');
  const translation = spanish.procedures.find(
    (p) => p.data.translationOf === 'radiofrequency-ablation',
  )!;
  await page.goto(translation.url);
  await page.emulateMedia({ media: 'print' });
  const footer = page.locator('.print-footer');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(`${siteConfig.baseUrl}${translation.url}`);
  await expect(footer).toContainText(es.lastReviewed);
  await expect(footer).toContainText(es.nextReview);
  // Dates as Spanish readers write them, such as "30 de noviembre de 2026".
  await expect(footer).toContainText(/\d{1,2} de [a-z]+ de \d{4}/);
  await expect(
    footer.getByRole('img', {
      name: fillText(es.print.qr, { url: `${siteConfig.baseUrl}${translation.url}` }),
    }),
  ).toBeVisible();
  await expect(page.locator('.care-card').first()).toContainText(`${siteConfig.emergencyNumber}`);
});

test('on screen, the page offers to print and to email itself, and shows no print footer', async ({
  page,
}) => {
  await page.goto(procedure.url);
  await expect(page.locator('.print-footer')).toBeHidden();
  // On screen a source is its linked title; the bare address is for paper only.
  await expect(page.locator('.source-list .source-address').first()).toBeHidden();
  await expect(page.locator('.source-list a').first()).toBeVisible();
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

// Clinic staff hand these pages out (#12): each must be short, end on a page worth printing,
// show its drawing and say once how fresh it is.
test.describe('procedure and condition handouts', () => {
  for (const handoutPage of [
    ...procedures,
    ...conditions,
    ...spanish.procedures,
    ...spanish.conditions,
  ]) {
    test(`${handoutPage.url} prints on at most its budget of Letter or A4 pages, with its figure and its review dates once`, async ({
      page,
    }) => {
      const uiText = uiTextFor(localeOfPath(handoutPage.url));
      const overBudget: Record<string, number | string> = handout.overBudget;
      const known = overBudget[handoutPage.url];
      const maxPages = typeof known === 'number' ? known : handout.maxPages;
      await page.goto(handoutPage.url);
      await page.emulateMedia({ media: 'print' });

      // The drawing prints, capped in height so the final drawings keep to the page budget.
      const drawing = page.locator('.anatomy-figure svg');
      await expect(drawing).toBeVisible();
      await expect(page.locator('.anatomy-figure figcaption')).toBeVisible();
      const { height } = (await drawing.boundingBox())!;
      expect(height).toBeLessThanOrEqual(handout.figureMaxHeightCm * PX_PER_CM + 1);

      // The review dates print once, in the footer beside the address and the QR code.
      const dates = page.getByText(uiText.lastReviewed).filter({ visible: true });
      await expect(dates).toHaveCount(1);
      await expect(page.locator('.print-footer')).toContainText(uiText.nextReview);
      await expect(page.locator('.print-footer')).toContainText(uiText.review.clinical);

      for (const format of ['Letter', 'A4'] as const) {
        const pages = readPdfPages(await page.pdf({ format }));
        expect(pages.length, `pages on ${format}`).toBeLessThanOrEqual(maxPages);
        // More than the footer on the last page: a page with only the footer is wasted paper.
        expect(
          pages.at(-1)!.textBottom,
          `how far down the last ${format} page the text reaches`,
        ).toBeGreaterThanOrEqual(handout.lastPageTextReach);
      }
    });
  }
});
