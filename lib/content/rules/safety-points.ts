/**
 * Safety points by what a procedure involves (its `involves` field): a page about an implanted
 * device must mention diathermy, and so on. The list is lib/content/safety-points.ts.
 */
import type { ParsedPage } from '../quality';
import { safetyPointsFor } from '../safety-points';
import { PROCEDURE_INVOLVES, type ProcedureInvolves } from '../schema';
import { readerText } from './context';
import { strings, type Problem } from './problem';

const isInvolvement = (value: string): value is ProcedureInvolves =>
  (PROCEDURE_INVOLVES as readonly string[]).includes(value);

export function safetyPointProblems(page: ParsedPage): Problem[] {
  if (page.collection !== 'procedures') return [];
  const text = readerText(page);
  return strings(page.data.involves)
    .filter(isInvolvement)
    .flatMap((involves) =>
      safetyPointsFor(page.locale)
        [involves].filter(
          ({ patterns, when }) =>
            (!when || when.test(text)) && !patterns.every((pattern) => pattern.test(text)),
        )
        .map(({ point }) => ({
          file: page.display,
          field: 'involves',
          value: involves,
          message: `needs the safety point "${point}", which the page does not make`,
        })),
    );
}
