/**
 * `npm run content:check [folder]`: checks every content file before a build.
 * Prints one line per problem and exits 1 if there is any.
 */
import { checkContent, todayUtc } from '../lib/content/check';
import { lastChangedFromGit } from '../lib/content/last-changed';

const contentDir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const { errors, warnings, counts, translations, medianScores } = checkContent({
  contentDir,
  lastChanged: lastChangedFromGit(contentDir, todayUtc()),
});

for (const warning of warnings) console.warn(`warning: ${warning}`);

if (errors.length > 0) {
  for (const error of errors) console.error(error);
  console.error(`Content check failed: ${errors.length} problem${errors.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
const summary = Object.entries(counts)
  .map(([collection, count]) => `${count} ${collection}`)
  .join(', ');
console.log(`Content check passed: ${summary}.`);
for (const status of translations ?? []) {
  const median = medianScores?.[status.locale];
  console.log(
    `Translation (${status.locale}): ${status.missing.length} missing, ${status.behind.length} behind; median INFLESZ ${median ?? '-'}.`,
  );
}
