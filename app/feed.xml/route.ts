import { feedItems } from '@/lib/content/site-index';
import { feedResponse, rssFeed, siteFeedInfo } from '@/lib/feeds';
import { siteConfig } from '@/lib/site-config';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse(rssFeed(siteFeedInfo(siteConfig), feedItems()), 'application/rss+xml');
}
