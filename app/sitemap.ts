import type { MetadataRoute } from 'next';
import { languageAlternates } from '@/components/routes/route-in';
import { sitePages } from '@/lib/content/site-index';
import { LOCALES } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/metadata';
import { withLocale } from '@/lib/request-locale';

export const dynamic = 'force-static';

/** Every page in every language, each with its translations' addresses (hreflang). */
export default function sitemap(): MetadataRoute.Sitemap {
  return LOCALES.flatMap((locale) =>
    withLocale(locale, () =>
      sitePages().map((page) => ({
        url: absoluteUrl(page.path),
        ...(page.lastReviewed ? { lastModified: page.lastReviewed } : {}),
        alternates: { languages: languageAlternates(page.path, locale) },
      })),
    ),
  );
}
