/**
 * The site's security headers: one definition, emitted for the local server (serve.json),
 * for hosts that read _headers files, and for nginx. Scripts may run only from the site
 * itself: no inline script runs anywhere.
 */
import { brandStyleHash } from './brand';
import { siteConfig } from './site-config';

/** Powerful browser features no page of this site uses. */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
  'browsing-topics',
];

/**
 * The part of the CSP every response gets as a header. Framing rules only work as a
 * header; the per-page script rules travel in each page's own <meta> element (see
 * pagePolicy), so any static host can serve them without per-page configuration.
 * Browsers enforce both policies.
 */
export const HEADER_CSP =
  "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** Headers every response gets. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CSP,
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // A page's address is health information: none of it leaves the site.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * The page's own CSP, for its <meta> element: everything but what only a header can carry.
 * Pages are plain HTML with one script file of the site's own, so scripts may come from
 * the site only: no inline script runs, and none needs a hash. Only the search page runs
 * Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (never 'unsafe-eval'). Styles come
 * from the site's stylesheet and one inline rule, the brand colours from the site
 * configuration, allowed by its own hash (never 'unsafe-inline').
 */
export function pagePolicy({ runsWebAssembly }: { runsWebAssembly: boolean }): string {
  return [
    "default-src 'self'",
    runsWebAssembly ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    `style-src 'self' ${brandStyleHash(siteConfig.brand)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The search page (in each language) is the one page that runs Pagefind (components/routes/search.tsx). */
const runsSearch = (html: string) => html.includes('data-search-page=');

/**
 * The page with its CSP <meta> added right after the character-set declaration (which must
 * stay within the first 1024 bytes), before any script.
 */
export function withPagePolicy(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const head = /<meta charset="[^"]*"\s*\/?>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('A page without <head> cannot carry its CSP');
  const policy = pagePolicy({ runsWebAssembly: runsSearch(html) });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
