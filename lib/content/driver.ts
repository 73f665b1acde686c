/**
 * Whether a procedure's "driver needed" answer agrees with its sedation: the comparison
 * table must never tell a patient who may be sedated that they can drive themselves home.
 */
import type { DriverNeeded } from './schema';

/** What is wrong with the answer, for the content check; undefined when it agrees. */
export function driverContradiction(
  driver: DriverNeeded,
  involvesSedation: boolean,
): string | undefined {
  if (involvesSedation && driver === 'no') {
    return 'cannot be "no" on a page that involves sedation: after sedation an adult must drive the patient home; write "yes" or "if-sedated"';
  }
  if (!involvesSedation && driver === 'if-sedated') {
    return 'cannot be "if-sedated" on a page whose involves does not list sedation; write "yes" or "no", or add sedation to involves';
  }
  return undefined;
}
