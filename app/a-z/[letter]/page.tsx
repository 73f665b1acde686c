import { notFound } from 'next/navigation';
import { LetterNav } from '@/components/LetterNav';
import { PageIntro } from '@/components/PageIntro';
import { letterLabel } from '@/lib/content/index-letters';
import { azEntriesUnder, azLetters } from '@/lib/content/queries';
import { letterOfParams, letterRoutes, type LetterParams } from '@/lib/content/routes';
import { azLetterPath } from '@/lib/content/site-paths';
import { uiText } from '@/lib/ui-text';

const text = uiText.az;
const letters = uiText.letters;

export const dynamicParams = false;
const routes = letterRoutes({
  pathOf: azLetterPath,
  title: (letter) => letters.azTitle(letterLabel(letter)),
  description: (letter) => letters.azIntro(letters.startingWith(letter)),
  isEmpty: (letter) => azEntriesUnder(letter).length === 0,
});
export const generateStaticParams = routes.generateStaticParams;
export const generateMetadata = routes.generateMetadata;

/** Every page and other name filed under one letter of the A–Z index. */
export default async function AzLetterPage(props: LetterParams) {
  const letter = await letterOfParams(props);
  if (!letter) notFound();
  const entries = azEntriesUnder(letter);
  return (
    <>
      <PageIntro
        title={letters.azTitle(letterLabel(letter))}
        path={azLetterPath(letter)}
        intro={letters.azIntro(letters.startingWith(letter))}
        trail={[{ label: text.title, href: '/a-z' }]}
      />
      <LetterNav pathOf={azLetterPath} inUse={azLetters()} current={letter} />
      {entries.length === 0 ? (
        <p className="text-lg">{letters.azEmpty(letters.startingWith(letter))}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {entries.map((entry) => (
            <li key={`${entry.label}|${entry.url}`}>
              <a href={entry.url}>{entry.label}</a>{' '}
              <span className="text-muted">
                ({uiText.collections[entry.kind].single}
                {entry.seeAlso ? `, ${text.see} ${entry.seeAlso}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
