import { OG_SIZE, ogImage } from '@/lib/og-image';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';

export default function Image() {
  return ogImage(siteConfig.siteName, uiText.bodyMap.heading);
}
