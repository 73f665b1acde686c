/**
 * React renders this site at build time only. Next.js's export still adds its client
 * runtime to every page: chunk scripts and their preloads, the page again as an inline
 * payload, and `.txt` payload files for client navigation. None of it is needed, since
 * pages never change in the browser; the build's finishing step removes it with this.
 *
 * Every script is accounted for: a script that is neither the framework's, nor the site's
 * own enhancement script, nor JSON-LD data stops the build with one line naming the page
 * and the script. So a framework upgrade can neither bring the runtime back unnoticed nor
 * lose something a page needs.
 */

import { isSiteScript } from './enhancement-script';

/** What the finishing step may meet in a page, and whether it stays. */
type Verdict = 'framework' | 'keep' | 'unknown';

const FRAMEWORK_FILES = /^\/_next\/static\/.+\.js$/;
/** Inline scripts the framework writes: its payload, and Turbopack's list of chunks. */
const FRAMEWORK_INLINE = [
  /^\(?self\.__next_f\s*=?/,
  /^self\.__next_f\.push\(/,
  /^\(globalThis\["TURBOPACK"\]/,
];

/** React's hydration markers between text nodes and around suspense boundaries. */
const REACT_MARKERS = /<!--(?: |\$|\/\$)-->/g;

const attribute = (attributes: string, name: string) =>
  new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(attributes)?.[1];

function scriptVerdict(attributes: string, body: string, ownScript: string): Verdict {
  const src = attribute(attributes, 'src');
  if (src !== undefined) {
    if (FRAMEWORK_FILES.test(src)) return 'framework';
    return src === ownScript ? 'keep' : 'unknown';
  }
  if (attribute(attributes, 'type') === 'application/ld+json') return 'keep';
  return FRAMEWORK_INLINE.some((pattern) => pattern.test(body.trim())) ? 'framework' : 'unknown';
}

/**
 * The page without the framework's scripts and script preloads. `ownScript` is the address
 * of the site's enhancement script; `page` names the page in the error.
 */
export function withoutFrameworkRuntime(html: string, page: string, ownScript: string): string {
  const withoutScripts = html.replace(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
    (tag, attributes: string, body: string) => {
      const verdict = scriptVerdict(attributes, body, ownScript);
      if (verdict === 'unknown')
        throw new Error(
          `${page}: a script the finishing step does not know: ${tag.slice(0, 120).replace(/\s+/g, ' ')}`,
        );
      return verdict === 'framework' ? '' : tag;
    },
  );
  const withoutMarkers = withoutScripts
    // React's markers, and Next's font and stylesheet bookkeeping: only the client
    // runtime reads them.
    .replace(REACT_MARKERS, '')
    .replace(/<meta name="next-size-adjust" content=""\/>/g, '')
    .replace(/ data-precedence="next"/g, '');
  return withoutMarkers.replace(/<link\b([^>]*)\/?>/gi, (tag, attributes: string) => {
    const rel = attribute(attributes, 'rel') ?? '';
    const href = attribute(attributes, 'href') ?? '';
    const preloadsScript =
      /\b(?:preload|modulepreload)\b/.test(rel) &&
      (attribute(attributes, 'as') === 'script' || rel === 'modulepreload');
    if (!preloadsScript) return tag;
    if (FRAMEWORK_FILES.test(href)) return '';
    throw new Error(`${page}: a script preload the finishing step does not know: ${tag}`);
  });
}

/**
 * Whether an exported file is framework runtime with no use once pages are plain HTML: the
 * chunk scripts and manifests under _next/static/, and the `.txt` payloads for client
 * navigation (robots.txt, written by the site, stays).
 */
export function isFrameworkFile(file: string): boolean {
  const posix = file.split('\\').join('/');
  if (posix.startsWith('_next/static/')) return posix.endsWith('.js');
  return posix.endsWith('.txt') && posix !== 'robots.txt';
}

/**
 * A page from `next dev` as the export serves it: every script but JSON-LD and the site's
 * own goes, with the development runtime's preloads and markers. Unlike the export's
 * finishing step this never stops: the development server's own scripts change often, and
 * a page in development must not be hydrated by them, as the site script changes the page.
 */
export function devPageWithoutRuntime(html: string): string {
  return html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (tag, attributes: string) => {
      const src = attribute(attributes, 'src') ?? '';
      const keep = attribute(attributes, 'type') === 'application/ld+json' || isSiteScript(src);
      return keep ? tag : '';
    })
    .replace(/<link\b[^>]*\bas="script"[^>]*\/?>/gi, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*\/?>/gi, '')
    .replace(REACT_MARKERS, '');
}

/**
 * What keeps a finished page from being plain HTML with the site script alone: any trace
 * of the framework's runtime (payload, chunk scripts, script preloads), and any script but
 * the site's, which must be there once, with `defer`. Empty when the page is as it should
 * be. The export's browser test and the check of `npm run serve` and `npm run dev` use it.
 */
export function notPlainPage(html: string): string[] {
  const problems: string[] = [];
  if (/__next_f|TURBOPACK|self\.__next/.test(html)) problems.push('inline framework payload');
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi))
    if (/_next\/static\/[^"]*\.js|\bas="script"|rel="modulepreload"/.test(tag))
      problems.push(`framework script: ${tag}`);
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)];
  const [only] = scripts;
  if (scripts.length !== 1 || !isSiteScript(only![1]!) || !/\bdefer\b/.test(only![0]))
    problems.push(
      `expected the site script alone, with defer: ${scripts.map((s) => s[0]).join(' ') || 'none'}`,
    );
  return problems;
}
