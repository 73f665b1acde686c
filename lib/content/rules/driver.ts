/** The comparison's "driver needed" agrees with what the procedure involves (sedation). */
import { driverContradiction } from '../driver';
import type { ParsedPage } from '../quality';
import { DRIVER_NEEDED, type DriverNeeded } from '../schema';
import { strings, type Problem } from './problem';

const isDriverNeeded = (value: unknown): value is DriverNeeded =>
  (DRIVER_NEEDED as readonly unknown[]).includes(value);

export function driverProblems(page: ParsedPage): Problem[] {
  if (page.collection !== 'procedures') return [];
  const compare = page.data.compare as { driver?: unknown } | undefined;
  const driver = compare?.driver;
  if (!isDriverNeeded(driver)) return [];
  const message = driverContradiction(driver, strings(page.data.involves).includes('sedation'));
  return message ? [{ file: page.display, field: 'compare.driver', value: driver, message }] : [];
}
