/**
 * RSS 2.0 and Atom feeds of the conditions, procedures and guides, newest review first.
 * Pure string builders: every value is escaped, and every date comes from content.
 */
import { HTML_LANG, localizePath, type Locale } from './i18n';
import { absoluteUrl } from './metadata';

export type FeedItem = { title: string; description: string; url: string; lastReviewed: string };
export type FeedInfo = {
  title: string;
  description: string;
  language: string;
  /** The site's home page and the feeds' own addresses, in the feeds' language. */
  home: string;
  rss: string;
  atom: string;
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const day = (iso: string) => `${iso.slice(0, 10)}T00:00:00Z`;
const rfc822 = (iso: string) => new Date(day(iso)).toUTCString();
const newest = (items: readonly FeedItem[]) =>
  items
    .map((i) => i.lastReviewed.slice(0, 10))
    .sort()
    .at(-1) ?? '1970-01-01';

export function rssFeed(info: FeedInfo, items: readonly FeedItem[]): string {
  const entries = items.map(
    (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(absoluteUrl(item.url))}</link>
      <guid isPermaLink="true">${escapeXml(absoluteUrl(item.url))}</guid>
      <description>${escapeXml(item.description)}</description>
      <pubDate>${rfc822(item.lastReviewed)}</pubDate>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(info.title)}</title>
    <link>${escapeXml(absoluteUrl(info.home))}</link>
    <description>${escapeXml(info.description)}</description>
    <language>${escapeXml(info.language)}</language>
    <lastBuildDate>${rfc822(newest(items))}</lastBuildDate>
    <atom:link href="${escapeXml(absoluteUrl(info.rss))}" rel="self" type="application/rss+xml"/>
${entries.join('\n')}
  </channel>
</rss>
`;
}

export function atomFeed(info: FeedInfo, items: readonly FeedItem[]): string {
  const entries = items.map(
    (item) => `  <entry>
    <title>${escapeXml(item.title)}</title>
    <link href="${escapeXml(absoluteUrl(item.url))}"/>
    <id>${escapeXml(absoluteUrl(item.url))}</id>
    <updated>${day(item.lastReviewed)}</updated>
    <summary>${escapeXml(item.description)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(info.language)}">
  <title>${escapeXml(info.title)}</title>
  <subtitle>${escapeXml(info.description)}</subtitle>
  <link href="${escapeXml(absoluteUrl(info.home))}"/>
  <link rel="self" href="${escapeXml(absoluteUrl(info.atom))}"/>
  <id>${escapeXml(absoluteUrl(info.home))}</id>
  <updated>${day(newest(items))}</updated>
${entries.join('\n')}
</feed>
`;
}

/** The feeds' title, description, language and addresses in a language, from the site configuration. */
export function siteFeedInfo(
  config: { siteName: string; tagline: Record<Locale, string> },
  locale: Locale,
): FeedInfo {
  return {
    title: config.siteName,
    description: config.tagline[locale],
    language: HTML_LANG[locale],
    home: localizePath('/', locale),
    rss: localizePath('/feed.xml', locale),
    atom: localizePath('/atom.xml', locale),
  };
}

/** A feed served as XML of the given type. */
export function feedResponse(
  xml: string,
  type: 'application/rss+xml' | 'application/atom+xml',
): Response {
  return new Response(xml, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
