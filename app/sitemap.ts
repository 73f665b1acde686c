import type { MetadataRoute } from 'next';
import { sitePages } from '@/lib/content/site-index';
import { absoluteUrl } from '@/lib/metadata';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages().map((page) => ({
    url: absoluteUrl(page.path),
    ...(page.lastReviewed ? { lastModified: page.lastReviewed } : {}),
  }));
}
