import { getFaq, getFaqs } from '@/lib/content/queries';
import { OG_SIZE, ogImage } from '@/lib/og-image';
import { uiText } from '@/lib/ui-text';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const generateStaticParams = () => getFaqs().map((faq) => ({ slug: faq.slug }));

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const faq = getFaq((await params).slug);
  return ogImage(uiText.collections.faqs.single, faq?.question ?? '');
}
