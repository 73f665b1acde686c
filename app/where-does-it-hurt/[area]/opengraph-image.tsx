import { BODY_AREAS } from '@/lib/content/schema';
import { OG_SIZE, ogImage } from '@/lib/og-image';
import { uiText } from '@/lib/ui-text';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const generateStaticParams = () => BODY_AREAS.map((area) => ({ area }));

export default async function Image({ params }: { params: Promise<{ area: string }> }) {
  const { area } = await params;
  const key = BODY_AREAS.find((known) => known === area);
  return ogImage(uiText.bodyMap.heading, key ? uiText.bodyAreas[key] : '');
}
