/** What every per-letter page shares (the glossary's, the A–Z index's): one page per letter of the language. */
import type { Metadata } from 'next';
import { indexLettersFor, letterOfSlug, letterSlug } from '@/lib/content/index-letters';
import { pageMetadata } from '@/lib/metadata';
import { requestLocale, sitePath } from '@/lib/request-locale';

export type LetterParams = { letter: string };

/** The letter a route parameter stands for in the language being built. */
export const letterOf = ({ letter }: LetterParams) => letterOfSlug(letter, requestLocale());

export function letterRoute(page: {
  pathOf: (letter: string) => string;
  title: (letter: string) => string;
  description: (letter: string) => string;
  isEmpty: (letter: string) => boolean;
}) {
  return {
    // A letter's page exists even while it lists nothing, so a link to it never breaks.
    staticParams: (): LetterParams[] =>
      indexLettersFor(requestLocale()).map((letter) => ({ letter: letterSlug(letter) })),
    path: (params: LetterParams) => {
      const letter = letterOf(params);
      return letter ? sitePath(page.pathOf(letter)) : '';
    },
    metadata: (params: LetterParams): Metadata => {
      const letter = letterOf(params);
      return letter
        ? pageMetadata({
            title: page.title(letter),
            description: page.description(letter),
            path: sitePath(page.pathOf(letter)),
            // Kept out of search engines while it lists nothing.
            noindex: page.isEmpty(letter),
          })
        : {};
    },
  };
}
