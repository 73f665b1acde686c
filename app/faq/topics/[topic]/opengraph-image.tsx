import { TOPICS } from '@/lib/content/schema';
import { OG_SIZE, ogImage } from '@/lib/og-image';
import { uiText } from '@/lib/ui-text';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const generateStaticParams = () => TOPICS.map((topic) => ({ topic }));

export default async function Image({ params }: { params: Promise<{ topic: string }> }) {
  const { topic } = await params;
  const key = TOPICS.find((known) => known === topic);
  return ogImage(uiText.collections.faqs.title, key ? uiText.topics[key] : '');
}
