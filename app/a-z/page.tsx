import { LetterNav } from '@/components/LetterNav';
import { MovedAnchors } from '@/components/MovedAnchors';
import { PageIntro } from '@/components/PageIntro';
import { azLetters } from '@/lib/content/queries';
import { azLetterPath } from '@/lib/content/site-paths';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.az;

export const metadata = pageMetadata({ title: text.title, description: text.intro, path: '/a-z' });

/** The A–Z index's front page: a letter to choose; each letter's entries have a page of their own. */
export default function AzPage() {
  return (
    <>
      <PageIntro title={text.title} path="/a-z" intro={text.intro}>
        <p className="mt-2 text-lg">{uiText.letters.chooseLetter}</p>
      </PageIntro>
      <LetterNav pathOf={azLetterPath} inUse={azLetters()} />
      <MovedAnchors page="a-z" />
    </>
  );
}
