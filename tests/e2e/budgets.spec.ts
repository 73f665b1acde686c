/** Page-weight budgets from bench/budgets.json, checked on every page of the real export. */
import { expect, test } from '@playwright/test';
import budgetsFile from '../../bench/budgets.json' with { type: 'json' };
import { overBudget, PAGE_TYPES, type Budgets } from '../../lib/page-weight';
import { weighExport } from '../../scripts/weigh-export';
import { recordPagesChecked } from './library';

const budgets: Budgets = budgetsFile;

test('every page stays within the script, CSS, HTML, font and first-visit budgets of its type', () => {
  const pages = weighExport('out');
  const types = new Set(pages.map((page) => page.type));
  for (const type of PAGE_TYPES.filter((t) => t !== 'other'))
    expect(types.has(type), `the export has a ${type} page to weigh`).toBe(true);
  const problems = pages.flatMap(({ sitePath, weight }) => overBudget(sitePath, weight, budgets));
  expect(problems).toEqual([]);
  recordPagesChecked('page-weight budgets', pages.length);
});
