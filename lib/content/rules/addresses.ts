/**
 * Old addresses must lead somewhere: a page does not take one of the site's own addresses,
 * each redirect is a clean site path that no page uses and no other page claims, and every
 * address ever published (content/published-paths.txt) still resolves.
 */
import type { ParsedPage } from '../quality';
import { isPageCollection, pageUrl } from '../schema';
import { localizePath, logicalPath } from '../../i18n';
import { fixedPathsIn, isReservedPath } from '../site-paths';
import type { RuleContext } from './context';
import { strings, type Problem } from './problem';

const SITE_PATH = /^\/[a-z0-9]+(?:[-/][a-z0-9]+)*$/;

export function addressProblems(pages: readonly ParsedPage[], context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const addressed = pages.flatMap((page) => {
    const { collection } = page;
    return isPageCollection(collection) ? [{ page, url: pageUrl(collection, page.slug) }] : [];
  });
  const pagePaths = new Set([...fixedPathsIn(context.locale), ...addressed.map((a) => a.url)]);
  // A translation's old addresses are written as readers saw them (/es/...); rules compare
  // logical paths, the English shape.
  const logical = (from: string) =>
    context.locale === 'en' ? from : (logicalPath(from, context.locale) ?? from);
  for (const { page, url } of addressed) {
    if (isReservedPath(url)) {
      problems.push({
        file: page.display,
        field: 'address',
        value: url,
        message: "belongs to one of the site's own pages; rename the file",
      });
    }
  }
  const redirectOwner = new Map<string, string>();
  for (const { page, url } of addressed) {
    strings(page.data.redirectFrom).forEach((written, index) => {
      const from = logical(written);
      const problem = (message: string) =>
        problems.push({
          file: page.display,
          field: `redirectFrom[${index}]`,
          value: written,
          message,
        });
      if (!SITE_PATH.test(from)) problem('must be a site path such as /conditions/old-name');
      else if (pagePaths.has(from)) problem('is the address of a page that exists');
      else if (redirectOwner.has(from)) problem(`already redirects to ${redirectOwner.get(from)}`);
      else redirectOwner.set(from, url);
    });
  }
  if (context.publishedPaths) {
    // The published-paths file sits beside the English folders, and lists every language.
    const file = `${context.locale === 'en' ? context.root : context.root.replace(/\/[^/]+$/, '')}/published-paths.txt`;
    const shown = (path: string) => localizePath(path, context.locale);
    const published = new Set(context.publishedPaths);
    for (const path of context.publishedPaths) {
      if (!pagePaths.has(path) && !redirectOwner.has(path)) {
        problems.push({
          file,
          field: 'path',
          value: shown(path),
          message:
            'was published but no page is there now; add it to the redirectFrom list of the page that replaced it',
        });
      }
    }
    for (const path of [...pagePaths].sort()) {
      if (!published.has(path))
        problems.push({
          file,
          field: 'path',
          value: shown(path),
          message: 'is new; run npm run content:record-paths to record it',
          warning: true,
        });
    }
  }
  return problems;
}
