/** Wording refused in what readers see (lib/content/wording-rules.ts), such as UK funding rules told to US readers. */
import type { ParsedPage } from '../quality';
import { refusedWordingFor } from '../wording-rules';
import { readerSentences } from './context';
import type { Problem } from './problem';

export function wordingProblems(page: ParsedPage): Problem[] {
  const sentences = readerSentences(page);
  return refusedWordingFor(page.locale).flatMap(({ pattern, why }) =>
    sentences
      .filter((sentence) => pattern.test(sentence))
      .map((sentence) => ({
        file: page.display,
        field: 'body',
        value: sentence,
        message: why,
      })),
  );
}
