import { letterLabel } from '@/lib/content/index-letters';
import { letterOfParams, letterParams, type LetterParams } from '@/lib/content/routes';
import { OG_SIZE, ogImage } from '@/lib/og-image';
import { uiText } from '@/lib/ui-text';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const generateStaticParams = letterParams;

export default async function Image(props: LetterParams) {
  const letter = (await letterOfParams(props)) ?? '#';
  return ogImage(
    uiText.collections.glossary.title,
    uiText.letters.glossaryTitle(letterLabel(letter)),
  );
}
