import { describe, expect, it } from 'vitest';
import { driverContradiction } from '@/lib/content/driver';
import { DRIVER_NEEDED } from '@/lib/content/schema';
import {
  COMPARISON_COLUMNS,
  comparisonCell,
  type ComparisonCells,
} from '@/lib/procedure-comparison';
import { uiText } from '@/lib/ui-text';

const cells: ComparisonCells = {
  duration: 'A short visit',
  feelsLike: 'A sting, then pressure',
  howWellItWorks: 'Some evidence of short-term relief',
  mainRisks: 'Soreness; rarely infection',
  driver: 'if-sedated',
  relief: 'Weeks, if it helps',
};

describe('the procedure comparison cells', () => {
  it("shows the author's words, and the interface's words for the driver answer", () => {
    expect(COMPARISON_COLUMNS.map((column) => comparisonCell(cells, column))).toEqual([
      'A sting, then pressure',
      'Some evidence of short-term relief',
      'Soreness; rarely infection',
      uiText.comparison.driver['if-sedated'],
      'A short visit',
      'Weeks, if it helps',
    ]);
  });

  it('has a heading for every column and words for every driver answer', () => {
    expect(Object.keys(uiText.comparison.columns).sort()).toEqual([...COMPARISON_COLUMNS].sort());
    for (const answer of DRIVER_NEEDED) expect(uiText.comparison.driver[answer]).toBeTruthy();
  });
});

describe('whether a driver is needed agrees with sedation', () => {
  it('never lets a page that involves sedation say no driver is needed', () => {
    expect(driverContradiction('no', true)).toMatch(/cannot be "no"/);
    expect(driverContradiction('yes', true)).toBeUndefined();
    expect(driverContradiction('if-sedated', true)).toBeUndefined();
  });

  it('refuses "only if sedated" on a page without sedation, and allows a driver for other reasons', () => {
    expect(driverContradiction('if-sedated', false)).toMatch(/cannot be "if-sedated"/);
    expect(driverContradiction('no', false)).toBeUndefined();
    // A numb or weak leg after the block can need a driver even without sedation.
    expect(driverContradiction('yes', false)).toBeUndefined();
  });
});
