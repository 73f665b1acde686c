import { indexLettersFor, letterLabel } from '@/lib/content/index-letters';
import { requestLocale } from '@/lib/request-locale';
import { uiText } from '@/lib/ui-text';

/**
 * Every letter, A to Z and 0–9, as a link to its page. Letters with nothing under them
 * show, greyed and unlinked, so the row never shifts; the current letter is marked.
 */
export function LetterNav({
  pathOf,
  inUse,
  current,
}: {
  pathOf: (letter: string) => string;
  inUse: readonly string[];
  current?: string;
}) {
  const box = 'inline-block min-w-11 border px-3 py-2 text-center font-bold';
  return (
    <nav aria-label={uiText.letters.nav} className="mb-8 print:hidden">
      <ul className="flex flex-wrap gap-2">
        {indexLettersFor(requestLocale()).map((letter) => (
          <li key={letter}>
            {inUse.includes(letter) ? (
              <a
                href={pathOf(letter)}

                aria-current={letter === current ? 'page' : undefined}
                className={`${box} ${letter === current ? 'border-brand bg-brand text-white' : 'border-line'}`}
              >
                {letterLabel(letter)}
              </a>
            ) : (
              <span className={`${box} border-line font-normal text-muted`}>
                {letterLabel(letter)}
                <span className="sr-only"> ({uiText.letters.empty})</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
