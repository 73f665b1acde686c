/**
 * `npm run content:report [folder]`: a table of every page (type, words, reading grade,
 * trusted/total sources, review dates, warnings), and the same data as JSON in
 * .contentlayer/content-report.json for tooling.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { checkContent, todayUtc } from '../lib/content/check';
import { lastChangedFromGit } from '../lib/content/last-changed';
import { factUsesTable, reportTable } from '../lib/content/report';
import { siteConfig } from '../lib/site-config';

const contentDir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const result = checkContent({
  contentDir,
  lastChanged: lastChangedFromGit(contentDir, todayUtc()),
});
const jsonPath = '.contentlayer/content-report.json';

if (result.pages.length === 0) {
  for (const error of result.errors) console.error(error);
  console.error('No report: fix the problems above first.');
  process.exit(1);
}

console.log(reportTable(result.pages));
console.log(
  `\nShared facts (content/facts/), and the pages that insert them:\n${factUsesTable(result.factUses ?? {})}`,
);
const { maxReadingGrade, maxMedianReadingGrade } = siteConfig.contentRules;
console.log(
  `\n${result.pages.length} pages. Median reading grade ${result.medianGrade} (limit ${maxMedianReadingGrade}); every page at most ${maxReadingGrade}.`,
);
const { minInfleszScore, minMedianInfleszScore } = siteConfig.contentRules;
for (const status of result.translations ?? []) {
  console.log(
    `Translation (${status.locale}): median INFLESZ ${result.medianScores?.[status.locale] ?? '-'} (at least ${minMedianInfleszScore}); every page at least ${minInfleszScore}. ${status.missing.length} English files have no translation; ${status.behind.length} translations are behind their original.`,
  );
}
for (const line of [...result.errors, ...result.warnings]) console.log(line);

mkdirSync('.contentlayer', { recursive: true });
writeFileSync(
  jsonPath,
  `${JSON.stringify({ medianGrade: result.medianGrade, medianScores: result.medianScores, translations: result.translations, rules: siteConfig.contentRules, errors: result.errors, warnings: result.warnings, pages: result.pages, factUses: result.factUses }, null, 2)}\n`,
);
console.log(`JSON written to ${jsonPath}`);
process.exit(result.errors.length > 0 ? 1 : 0);
