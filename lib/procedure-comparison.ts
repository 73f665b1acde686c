/**
 * The procedure comparison's columns and the words in each cell, from a procedure's
 * `compare` front matter (lib/content/schema.ts).
 */
import type { DriverNeeded } from './content/schema';
import { uiText } from './ui-text';

/** The columns after the procedure's name, in the order patients weigh them. */
export const COMPARISON_COLUMNS = [
  'feelsLike',
  'howWellItWorks',
  'mainRisks',
  'driver',
  'duration',
  'relief',
] as const;
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number];

/** A procedure's `compare` front matter. */
export type ComparisonCells = Record<Exclude<ComparisonColumn, 'driver'>, string> & {
  driver: DriverNeeded;
};

/** The words shown in one cell: the author's text, or the interface's words for the driver answer. */
export function comparisonCell(cells: ComparisonCells, column: ComparisonColumn): string {
  return column === 'driver' ? uiText.comparison.driver[cells.driver] : cells[column];
}
