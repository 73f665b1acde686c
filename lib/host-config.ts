/**
 * Server configuration written into out/ by the build, from the security headers and the
 * redirects: serve.json for the local server, and _headers plus _redirects for static
 * hosts that read them. Per-page script hashes travel inside each page (lib/security-headers.ts).
 */
import { COMMON_HEADERS } from './security-headers';
import { serveRedirects, type Redirect } from './redirects';

/** Files the export writes without an extension, and the type they must be served as. */
export const EXTENSIONLESS_TYPES = [{ source: '**/opengraph-image', contentType: 'image/png' }];

const asList = (headers: Readonly<Record<string, string>>) =>
  Object.entries(headers).map(([key, value]) => ({ key, value }));

/** serve.json: the common headers on every response, the redirects, and image types. */
export function serveConfig(redirects: readonly Redirect[]) {
  return {
    redirects: serveRedirects(redirects),
    headers: [
      { source: '**', headers: asList(COMMON_HEADERS) },
      ...EXTENSIONLESS_TYPES.map(({ source, contentType }) => ({
        source,
        headers: [{ key: 'Content-Type', value: contentType }],
      })),
    ],
  };
}

/** _headers (Netlify, Cloudflare Pages): the common headers everywhere, and image types. */
export function headersFile(): string {
  const block = (path: string, headers: Readonly<Record<string, string>>) =>
    `${path}\n${Object.entries(headers)
      .map(([key, value]) => `  ${key}: ${value}`)
      .join('\n')}\n`;
  return [
    block('/*', COMMON_HEADERS),
    ...EXTENSIONLESS_TYPES.map(({ contentType }) =>
      block('/*/opengraph-image', { 'Content-Type': contentType }),
    ),
  ].join('\n');
}

/** _redirects (Netlify, Cloudflare Pages): one permanent redirect a line. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
