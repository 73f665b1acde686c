/**
 * Urgent advice at the right level: an item on the "call the emergency number" card must be an
 * emergency. Items that read like a wound-site sign, a device alarm or a history belong on the
 * same-day card (patterns in lib/content/urgency-rules.ts).
 */
import type { ParsedPage } from '../quality';
import { refusedEmergencyItemsFor } from '../urgency-rules';
import { strings, type Problem } from './problem';

export function urgencyProblems(page: ParsedPage): Problem[] {
  return strings(page.data.callEmergency).flatMap((item, index) => {
    const refused = refusedEmergencyItemsFor(page.locale).find(({ pattern }) => pattern.test(item));
    if (!refused) return [];
    return [
      {
        file: page.display,
        field: `callEmergency[${index}]`,
        value: item,
        message: `reads like ${refused.reads}, not an emergency; move it to ${refused.instead}`,
      },
    ];
  });
}
