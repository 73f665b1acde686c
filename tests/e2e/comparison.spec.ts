import { expect, test, type Page } from '@playwright/test';
import { PROCEDURE_COMPARISON_PATH } from '../../lib/content/site-paths';
import { COMPARISON_COLUMNS } from '../../lib/procedure-comparison';
import { uiText } from '../../lib/ui-text';
import { list, procedures, text } from './library';

const words = uiText.comparison;

/** Each comparison table's scroll area, and how far its content reaches past it. */
const scrollAreas = (page: Page) =>
  page
    .locator('.comparison-scroll')
    .evaluateAll((areas) =>
      areas.map((area) => ({ scrollWidth: area.scrollWidth, clientWidth: area.clientWidth })),
    );

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('on a 1280 px desktop no comparison table scrolls sideways, and every column heading is in view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PROCEDURE_COMPARISON_PATH);
    const areas = await scrollAreas(page);
    expect(areas.length).toBeGreaterThan(0);
    for (const area of areas) expect(area.scrollWidth).toBeLessThanOrEqual(area.clientWidth);
    // Nor does the page itself scroll sideways to make room for the wide block.
    const pageWidths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(pageWidths.scroll).toBeLessThanOrEqual(pageWidths.client);
    for (const header of await page.locator('.comparison-table thead th').all()) {
      await expect(header).toBeVisible();
      const box = await header.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(pageWidths.client);
    }
  });

  test('on a phone the procedure name stays at the left edge while the rest of the row scrolls sideways @phone-only', async ({
    page,
  }) => {
    await page.goto(PROCEDURE_COMPARISON_PATH);
    const area = page.locator('.comparison-scroll').first();
    const nameCell = area.locator('tbody tr').first().getByRole('rowheader');
    const [first] = await scrollAreas(page);
    expect(first!.scrollWidth).toBeGreaterThan(first!.clientWidth);

    await area.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
    await expect.poll(() => area.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expect(area.getByRole('columnheader', { name: words.columns.relief })).toBeInViewport();

    const areaBox = (await area.boundingBox())!;
    const cellBox = (await nameCell.boundingBox())!;
    expect(Math.abs(cellBox.x - areaBox.x)).toBeLessThanOrEqual(2);
    // Drawn on top of the cells that scrolled under it, not hidden behind them.
    const onTop = await nameCell.evaluate((cell) => {
      const { x, y, height } = cell.getBoundingClientRect();
      return cell.contains(document.elementFromPoint(x + 8, y + height / 2));
    });
    expect(onTop).toBe(true);
  });

  test('each table scrolls by keyboard: its scroll area takes focus and is named by its kind @phone', async ({
    page,
  }) => {
    await page.goto(PROCEDURE_COMPARISON_PATH);
    const headings = await page.locator('.comparison h2').allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      const region = page.getByRole('region', { name: heading, exact: true });
      await region.focus();
      await expect(region).toBeFocused();
    }
  });

  test('every procedure has a short answer in every column, and the driver column agrees with sedation', async ({
    page,
  }) => {
    await page.goto(PROCEDURE_COMPARISON_PATH);
    await expect(page.locator('.comparison-table tbody tr')).toHaveCount(procedures.length);
    for (const procedure of procedures) {
      const row = page
        .locator('.comparison-table tbody tr')
        .filter({ has: page.locator(`a[href="${procedure.url}"]`) });
      await expect(row.getByRole('rowheader')).toHaveText(text(procedure, 'title'));
      const cells = row.locator('td');
      await expect(cells).toHaveCount(COMPARISON_COLUMNS.length);
      for (const cell of await cells.all()) await expect(cell).toHaveText(/\S/);

      const sedation = list(procedure, 'involves').includes('sedation');
      const refused = sedation ? words.driver.no : words.driver['if-sedated'];
      const driver = await row.locator('td[data-column="driver"]').textContent();
      expect(Object.values(words.driver)).toContain(driver);
      expect(driver, procedure.slug).not.toBe(refused);
    }
  });
});
