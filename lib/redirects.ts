/**
 * Redirects from a page's old addresses (its `redirectFrom` list) to its current one, in
 * every form a host understands: an HTML page at the old path, and the local server's
 * configuration. Pure builders; scripts/build.ts writes them into out/.
 */
import { localizePath, type Locale } from './i18n';
import { isPageCollection, pageUrl, type CollectionName } from './content/schema';
import { escapeXml } from './feeds';

export type Redirect = { from: string; to: string; title: string };

/** Every redirect the pages ask for, from their redirectFrom lists. */
export function redirectsOf(
  pages: readonly {
    collection: CollectionName;
    slug: string;
    title: string;
    redirectFrom: readonly string[];
    locale: Locale;
  }[],
): Redirect[] {
  return pages.flatMap(({ collection, slug, title, redirectFrom, locale }) => {
    if (!isPageCollection(collection)) return [];
    const to = localizePath(pageUrl(collection, slug), locale);
    return redirectFrom.map((from) => ({ from, to, title }));
  });
}

/** A page at the old address that sends readers, and search engines, to the new one. */
export function redirectPageHtml(redirect: Redirect, canonicalUrl: string): string {
  const to = escapeXml(redirect.to);
  const title = escapeXml(redirect.title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<link rel="canonical" href="${escapeXml(canonicalUrl)}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<p>This page has moved to <a href="${to}">${title}</a>.</p>
</body>
</html>
`;
}

/** The redirects section of `serve` configuration (serve.json): permanent redirects. */
export function serveRedirects(
  redirects: readonly Redirect[],
): { source: string; destination: string; type: 301 }[] {
  return redirects.map((r) => ({ source: r.from, destination: r.to, type: 301 }));
}

/** Adds the current paths to a list of published paths: sorted, each once. */
export function recordPaths(published: readonly string[], current: readonly string[]): string[] {
  return [...new Set([...published, ...current])].sort();
}

/** Reads a published-paths file: one path a line; blank lines and # comments ignored. */
export function parsePublishedPaths(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
