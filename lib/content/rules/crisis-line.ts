/**
 * A page that speaks of suicide or self-harm shows the crisis line: in its body (the
 * `::crisis-line` directive), or on its emergency card, which adds the line beside an item
 * about self-harm.
 */
import { hasCrisisLine } from '../directives';
import type { ParsedPage } from '../quality';
import { speaksOfSelfHarmIn as speaksOfSelfHarm } from '../urgency-rules';
import { readerSentences } from './context';
import { strings, type Problem } from './problem';

export function crisisLineProblems(page: ParsedPage): Problem[] {
  const mention = readerSentences(page).find(speaksOfSelfHarm);
  if (mention === undefined) return [];
  const onCard = strings(page.data.callEmergency).some(speaksOfSelfHarm);
  if (onCard || hasCrisisLine(page.body)) return [];
  return [
    {
      file: page.display,
      field: 'body',
      value: mention,
      message:
        'speaks of suicide or self-harm but does not show the crisis line; add a paragraph "::crisis-line" near it',
    },
  ];
}
