/** A body heading must not take the id of a section the page adds itself (lib/section-ids.ts). */
import { RESERVED_SECTION_IDS } from '../../section-ids';
import { tableOfContents } from '../markdown';
import type { ParsedPage } from '../quality';
import type { Problem } from './problem';

export function sectionIdProblems(page: ParsedPage): Problem[] {
  return tableOfContents(page.shownBody)
    .filter((entry) => RESERVED_SECTION_IDS.has(entry.id))
    .map((entry) => ({
      file: page.display,
      field: 'body',
      value: `${'#'.repeat(entry.depth)} ${entry.text}`,
      message: `takes the id "${entry.id}", which the page uses for its own section; reword the heading`,
    }));
}
