/** The RSS and Atom feeds of a language's conditions, procedures and guides. */
import { feedItems } from '@/lib/content/site-index';
import { atomFeed, feedResponse, rssFeed, siteFeedInfo } from '@/lib/feeds';
import type { Locale } from '@/lib/i18n';
import { withLocale } from '@/lib/request-locale';
import { siteConfig } from '@/lib/site-config';

export const rssFeedIn = (locale: Locale) => () =>
  withLocale(locale, () =>
    feedResponse(rssFeed(siteFeedInfo(siteConfig, locale), feedItems()), 'application/rss+xml'),
  );

export const atomFeedIn = (locale: Locale) => () =>
  withLocale(locale, () =>
    feedResponse(atomFeed(siteFeedInfo(siteConfig, locale), feedItems()), 'application/atom+xml'),
  );
