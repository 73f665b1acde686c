import { LetterNav } from '@/components/LetterNav';
import { MovedAnchors } from '@/components/MovedAnchors';
import { PageIntro } from '@/components/PageIntro';
import { glossaryLetters } from '@/lib/content/queries';
import { glossaryLetterPath } from '@/lib/content/site-paths';
import { collectionMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.collections.glossary;

export const metadata = collectionMetadata('glossary', '/glossary');

/**
 * The glossary's front page: a letter to choose. Definitions live on each letter's page, so
 * no page grows with the whole glossary; links to /glossary#term, the address terms had
 * before, are sent on to their letter's page.
 */
export default function GlossaryPage() {
  return (
    <>
      <PageIntro title={text.title} path="/glossary" intro={text.intro}>
        <p className="mt-2 text-lg">{uiText.letters.chooseLetter}</p>
      </PageIntro>
      <LetterNav pathOf={glossaryLetterPath} inUse={glossaryLetters()} />
      <MovedAnchors page="glossary" />
    </>
  );
}
