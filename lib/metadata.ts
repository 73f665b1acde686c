import type { Metadata } from 'next';
import { HTML_LANG } from './i18n';
import { requestLocale, sitePath } from './request-locale';
import { siteConfig } from './site-config';
import { uiText } from './ui-text';

/** The absolute address of a site path, from the configured base URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.baseUrl}/`).toString();
}

/**
 * The start of a text, cut at a word boundary to at most `maxLength` characters (with an
 * ellipsis when cut): a description for pages that have no description of their own.
 */
export function excerpt(text: string, maxLength: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength - 1);
  const end = cut.lastIndexOf(' ');
  return `${(end > 0 ? cut.slice(0, end) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Metadata for one page: its own title (the layout appends the site name), its
 * description and its canonical address. Every page builds its metadata here.
 */
export function pageMetadata({
  title,
  description,
  path,
  noindex = false,
}: {
  title: string;
  description: string;
  path: string;
  /** For pages that exist so links keep working but list nothing yet: kept out of search engines. */
  noindex?: boolean;
}): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
    alternates: {
      canonical: url,
      types: {
        'application/rss+xml': absoluteUrl(sitePath('/feed.xml')),
        'application/atom+xml': absoluteUrl(sitePath('/atom.xml')),
      },
    },
    twitter: {
      card: 'summary_large_image',
      title: `${title} | ${siteConfig.siteName}`,
      description,
    },
    openGraph: {
      title: `${title} | ${siteConfig.siteName}`,
      description,
      url,
      siteName: siteConfig.siteName,
      locale: HTML_LANG[requestLocale()].replace('-', '_'),
      type: 'article',
    },
  };
}

/** Metadata for a collection's listing page, from its interface title and introduction. */
export function collectionMetadata(
  collection: keyof typeof uiText.collections,
  logicalPath: string,
): Metadata {
  const { title, intro } = uiText.collections[collection];
  return pageMetadata({ title, description: intro, path: sitePath(logicalPath) });
}
