import { letterLabel } from '@/lib/content/index-letters';
import { letterOfParams, letterParams, type LetterParams } from '@/lib/content/routes';
import { OG_SIZE, ogImage } from '@/lib/og-image';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const generateStaticParams = letterParams;

export default async function Image(props: LetterParams) {
  const letter = (await letterOfParams(props)) ?? '#';
  return ogImage(siteConfig.siteName, uiText.letters.azTitle(letterLabel(letter)));
}
