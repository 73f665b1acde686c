/**
 * The client components ("islands") and what each adds to the scripts a page loads: its own
 * code bundled alone, minified and gzipped, with React and Next left out (every page loads
 * those anyway). `npx tsx scripts/island-sizes.ts` prints the README's table; the budget
 * test holds each island to the islandKB budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { gzippedSize } from '../lib/page-weight';

export type Island = { file: string; bytes: number };

/** Every file under components/ and app/ that starts with 'use client'. */
export function islandFiles(): string[] {
  return ['components', 'app']
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)),
    )
    .filter((file) => /\.tsx?$/.test(file))
    .filter((file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')))
    .sort();
}

export function islandSizes(): Island[] {
  return islandFiles().map((file) => {
    const result = buildSync({
      entryPoints: [file],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      external: ['react', 'react-dom', 'react/jsx-runtime', 'next', 'next/*'],
      alias: { '@': '.' },
      logLevel: 'silent',
    });
    return { file, bytes: gzippedSize(Buffer.from(result.outputFiles[0]!.contents)) };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('| Island | Own code, minified and gzipped |');
  console.log('| --- | --- |');
  for (const { file, bytes } of islandSizes())
    console.log(`| \`${file}\` | ${(bytes / 1000).toFixed(1)} KB |`);
}
