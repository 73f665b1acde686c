import { INDEX_LETTERS, letterLabel, letterOfSlug, letterSlug } from '@/lib/content/index-letters';
import { OG_SIZE, ogImage } from '@/lib/og-image';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const generateStaticParams = () =>
  INDEX_LETTERS.map((letter) => ({ letter: letterSlug(letter) }));

export default async function Image({ params }: { params: Promise<{ letter: string }> }) {
  const letter = letterOfSlug((await params).letter) ?? '#';
  return ogImage(siteConfig.siteName, uiText.letters.azTitle(letterLabel(letter)));
}
