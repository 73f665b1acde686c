import { getGuide, getGuides } from '@/lib/content/queries';
import { OG_SIZE, ogImage } from '@/lib/og-image';
import { uiText } from '@/lib/ui-text';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const generateStaticParams = () => getGuides().map((doc) => ({ slug: doc.slug }));

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const doc = getGuide((await params).slug);
  return ogImage(uiText.collections.guides.single, doc?.title ?? '');
}
