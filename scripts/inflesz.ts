/**
 * Prints the INFLESZ readability score of Spanish Markdown files, for translators checking a
 * page as they write: `npx tsx scripts/inflesz.ts content/es/conditions/ciatica.md ...`.
 * The content check applies the site's limits, with glossary terms excused.
 */
import { readFileSync } from 'node:fs';
import { inflesz, infleszBand } from '../lib/content/inflesz';
import { proseBlocks } from '../lib/content/markdown';

for (const file of process.argv.slice(2)) {
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const result = inflesz(proseBlocks(body));
  console.log(`${result.score}\t${infleszBand(result.score)}\t${result.words} words\t${file}`);
}
