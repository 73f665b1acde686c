/**
 * `npm run content:check [folder]`: checks every content file before a build.
 * Prints one line per problem and exits 1 if there is any.
 */
import { checkContent } from '../lib/content/check';

const contentDir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const { errors, warnings, counts } = checkContent({ contentDir });

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
