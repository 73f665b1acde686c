/**
 * `npm run content:record-paths`: adds every current page address to
 * content/published-paths.txt. Once recorded, an address must always lead somewhere: the
 * content check fails if a page is renamed without listing its old address in redirectFrom.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../lib/content/check';
import { fixedPathsIn } from '../lib/content/site-paths';
import { LOCALES, localizePath } from '../lib/i18n';
import { isPageCollection, pageUrl, PUBLISHED_PATHS_FILE } from '../lib/content/schema';
import { parsePublishedPaths, recordPaths } from '../lib/redirects';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const file = path.join(contentDir, PUBLISHED_PATHS_FILE);
const result = checkContent({ contentDir });
if (result.errors.length > 0) {
  for (const error of result.errors) console.error(error);
  console.error('Fix the problems above before recording addresses.');
  process.exit(1);
}
// Every language's addresses, as readers see them (/es/afecciones/ciatica).
const current = LOCALES.flatMap((locale) =>
  [
    ...fixedPathsIn(locale),
    ...result.pages.flatMap((p) =>
      p.locale === locale && isPageCollection(p.collection) ? [pageUrl(p.collection, p.slug)] : [],
    ),
  ].map((logical) => localizePath(logical, locale)),
);
const before = existsSync(file) ? parsePublishedPaths(readFileSync(file, 'utf8')) : [];
const after = recordPaths(before, current);
const header =
  '# Every address this site has published, one a line. Kept by npm run content:record-paths.\n';
writeFileSync(file, `${header}${after.join('\n')}\n`);
console.log(`${file}: ${after.length - before.length} new, ${after.length} in all.`);
