import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { syntheticLibrary } from '../../scripts/bench/synthetic-library';

const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the build benchmark's synthetic library", () => {
  // A field added to the schema must be added here too, or `npm run bench` stops at the check.
  it('passes the content check, so the benchmark measures a build and not a refusal', () => {
    for (const file of syntheticLibrary(60)) {
      const target = path.join(dir, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.text);
    }
    const result = checkContent({ contentDir: dir, displayRoot: 'content' });
    expect(result.errors).toEqual([]);
    // A Spanish page of every kind, so the benchmark builds every Spanish route too.
    expect(
      [...new Set(result.pages.filter((p) => p.locale === 'es').map((p) => p.collection))].sort(),
    ).toEqual(['conditions', 'faqs', 'glossary', 'guides', 'procedures']);
  }, 60_000);
});
