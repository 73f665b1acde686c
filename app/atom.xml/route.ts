import { feedItems } from '@/lib/content/site-index';
import { atomFeed } from '@/lib/feeds';
import { siteConfig } from '@/lib/site-config';

export const dynamic = 'force-static';

export function GET() {
  const info = {
    title: siteConfig.siteName,
    description: siteConfig.tagline,
    language: siteConfig.language,
  };
  return new Response(atomFeed(info, feedItems()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
