import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LetterNav } from '@/components/LetterNav';
import { PageIntro } from '@/components/PageIntro';
import { INDEX_LETTERS, letterLabel, letterOfSlug, letterSlug } from '@/lib/content/index-letters';
import { azEntriesUnder, azLetters } from '@/lib/content/queries';
import { azLetterPath } from '@/lib/content/site-paths';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.az;
const letters = uiText.letters;
type Params = { params: Promise<{ letter: string }> };

export const dynamicParams = false;
export const generateStaticParams = () =>
  INDEX_LETTERS.map((letter) => ({ letter: letterSlug(letter) }));

export async function generateMetadata({ params }: Params) {
  const letter = letterOfSlug((await params).letter);
  if (!letter) return {};
  return pageMetadata({
    title: letters.azTitle(letterLabel(letter)),
    description: letters.azIntro(letters.startingWith(letter)),
    path: azLetterPath(letter),
    noindex: azEntriesUnder(letter).length === 0,
  });
}

/** Every page and other name filed under one letter of the A–Z index. */
export default async function AzLetterPage({ params }: Params) {
  const letter = letterOfSlug((await params).letter);
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
              <Link href={entry.url} prefetch={false}>
                {entry.label}
              </Link>{' '}
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
