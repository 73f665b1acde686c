import { expect, test } from '@playwright/test';
import { uiText } from '../../lib/ui-text';
import { conditions, glossary, guides, list, procedures, text } from './library';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the A to Z index links to every condition, procedure, guide and glossary term, and their other names', async ({
    page,
  }) => {
    await page.goto('/a-z');
    const main = page.locator('main');
    for (const doc of [...conditions, ...procedures, ...guides]) {
      await expect(
        main.locator(`a[href="${doc.url}"]`, { hasText: text(doc, 'title') }).first(),
      ).toBeVisible();
      for (const name of list(doc, 'otherNames')) {
        await expect(
          main.locator(`a[href="${doc.url}"]`, { hasText: name }).first(),
        ).toBeAttached();
      }
    }
    for (const term of glossary) {
      await expect(main.locator(`a[href="${term.url}"]`).first()).toHaveText(text(term, 'term'));
    }
  });

  test('"Where does it hurt?" lists conditions by body area, and the body map leads to each list', async ({
    page,
  }) => {
    await page.goto('/conditions');
    await expect(page.getByRole('heading', { name: uiText.bodyMap.heading })).toBeVisible();
    for (const condition of conditions) {
      for (const area of list(condition, 'bodyAreas')) {
        await expect(page.locator(`#area-${area} a[href="${condition.url}"]`)).toHaveCount(1);
      }
    }
    const lowerBack = page.getByRole('group', { name: uiText.bodyMap.mapLabel }).getByRole('link', {
      name: uiText.bodyAreas['lower-back'],
    });
    await lowerBack.click();
    await expect(page).toHaveURL(/#area-lower-back$/);
    await expect(page.locator('#area-lower-back')).toBeInViewport();
  });

  test('the procedures page compares every procedure at a glance in a table', async ({ page }) => {
    await page.goto('/procedures');
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText([
      uiText.comparison.procedure,
      ...Object.values(uiText.glanceLabels),
    ]);
    await expect(table.locator('tbody tr')).toHaveCount(procedures.length);
    for (const procedure of procedures) {
      const row = table.locator('tbody tr', { has: page.locator(`a[href="${procedure.url}"]`) });
      const glance = procedure.data.atAGlance as Record<string, string>;
      await expect(row.locator('td')).toHaveText(
        Object.keys(uiText.glanceLabels).map((key) => glance[key]!),
      );
    }
  });
});
