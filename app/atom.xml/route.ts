import { feedItems } from '@/lib/content/site-index';
import { atomFeed, feedResponse, siteFeedInfo } from '@/lib/feeds';
import { siteConfig } from '@/lib/site-config';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse(atomFeed(siteFeedInfo(siteConfig), feedItems()), 'application/atom+xml');
}
