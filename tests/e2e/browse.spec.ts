import { expect, test } from '@playwright/test';
import { uiText } from '../../lib/ui-text';
import {
  COMPARISON_COLUMNS,
  comparisonCell,
  type ComparisonCells,
} from '../../lib/procedure-comparison';
import { INDEX_LETTERS, indexLetter, letterLabel } from '../../lib/content/index-letters';
import { azLetterPath, PROCEDURE_COMPARISON_PATH } from '../../lib/content/site-paths';
import { conditions, glossary, guides, list, procedures, text } from './library';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the A to Z index links to every condition, procedure, guide and glossary term, and their other names, on its letter page', async ({
    page,
  }) => {
    const entries = [
      ...[...conditions, ...procedures, ...guides].flatMap((doc) => [
        { label: text(doc, 'title'), url: doc.url },
        ...list(doc, 'otherNames').map((name) => ({ label: name, url: doc.url })),
      ]),
      ...glossary.map((term) => ({ label: text(term, 'term'), url: term.url })),
    ];
    const letters = [...new Set(entries.map((entry) => indexLetter(entry.label)))];
    await page.goto('/a-z');
    const nav = page.getByRole('navigation', { name: uiText.letters.nav });
    for (const letter of INDEX_LETTERS) {
      const link = nav.getByRole('link', { name: letterLabel(letter), exact: true });
      await expect(link).toHaveCount(letters.includes(letter) ? 1 : 0);
    }
    for (const letter of letters) {
      await page.goto(azLetterPath(letter));
      const main = page.locator('main');
      for (const entry of entries.filter((e) => indexLetter(e.label) === letter)) {
        await expect(
          main.locator(`a[href="${entry.url}"]`, { hasText: entry.label }).first(),
        ).toBeAttached();
      }
    }
  });

  test('the procedures page lists them by kind and links to a page comparing each kind in a table', async ({
    page,
  }) => {
    await page.goto('/procedures');
    for (const procedure of procedures) {
      const kind = text(procedure, 'kind');
      await expect(
        page.locator(`section[aria-labelledby="kind-${kind}"] a[href="${procedure.url}"]`),
      ).toHaveText(text(procedure, 'title'));
    }
    await page.getByRole('link', { name: uiText.comparison.link }).click();
    await expect(page).toHaveURL(new RegExp(`${PROCEDURE_COMPARISON_PATH}$`));
    const tables = page.getByRole('table');
    for (const header of await tables.locator('thead tr').all()) {
      await expect(header.getByRole('columnheader')).toHaveText([
        uiText.comparison.procedure,
        ...COMPARISON_COLUMNS.map((column) => uiText.comparison.columns[column]),
      ]);
    }
    await expect(tables.locator('tbody tr')).toHaveCount(procedures.length);
    for (const procedure of procedures) {
      const kind = text(procedure, 'kind');
      const row = page
        .locator(`section[data-kind="${kind}"] tbody tr`)
        .filter({ has: page.locator(`a[href="${procedure.url}"]`) });
      const cells = procedure.data.compare as ComparisonCells;
      await expect(row.locator('td')).toHaveText(
        COMPARISON_COLUMNS.map((column) => comparisonCell(cells, column)),
      );
    }
  });
});
