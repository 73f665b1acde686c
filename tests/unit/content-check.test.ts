import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';

const fixtures = path.resolve('tests/fixtures/content-check');
const validDir = path.join(fixtures, 'valid');
const brokenRoot = path.join(fixtures, 'broken');
const scratch = mkdtempSync(path.join(tmpdir(), 'content-check-'));
const today = '2026-11-23';

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the valid library with one case's files laid over it. */
function libraryWith(caseName: string): string {
  const dir = path.join(scratch, caseName);
  cpSync(validDir, dir, { recursive: true });
  cpSync(path.join(brokenRoot, caseName, 'content'), dir, { recursive: true });
  return dir;
}

describe('content check', () => {
  it('passes the valid fixture library and counts every collection', () => {
    const result = checkContent({ contentDir: validDir, displayRoot: 'content', today });
    expect(result.errors).toEqual([]);
    expect(result.counts).toEqual({
      conditions: 1,
      procedures: 1,
      guides: 1,
      faqs: 1,
      glossary: 1,
      facts: 1,
    });
  });

  it('passes the real library, with every page within the reading limits', () => {
    const result = checkContent({ contentDir: 'content' });
    expect(result.errors).toEqual([]);
    expect(result.medianGrade).toBeLessThanOrEqual(7);
    for (const page of result.pages)
      if (page.grade !== null) expect(page.grade, page.file).toBeLessThanOrEqual(8);
    // Both languages' pages: about 420 files.
  }, 90_000);

  it('holds the library to the counts the site promises', () => {
    const { counts } = checkContent({ contentDir: 'content' });
    expect(counts.conditions).toBeGreaterThanOrEqual(14);
    expect(counts.procedures).toBeGreaterThanOrEqual(18);
    expect(counts.guides).toBeGreaterThanOrEqual(12);
    expect(counts.faqs).toBeGreaterThanOrEqual(40);
    expect(counts.glossary).toBeGreaterThanOrEqual(60);
  }, 90_000);

  const cases = readdirSync(brokenRoot).sort();

  it('has at least 20 broken-content fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(cases)('broken fixture %s', (caseName) => {
    it('fails with exactly its expected one-line errors', () => {
      const expected = readFileSync(path.join(brokenRoot, caseName, 'expected.txt'), 'utf8')
        .trimEnd()
        .split('\n');
      const { errors } = checkContent({
        contentDir: libraryWith(caseName),
        displayRoot: 'content',
        today,
      });
      expect(errors).toEqual(expected);
      for (const error of errors) expect(error).not.toContain('\n');
    });
  });

  describe('translations', () => {
    const spanishFaq = 'es/faqs/duele-la-inyeccion.md';

    it('reads the Spanish pages of the valid library, each within the INFLESZ limits', () => {
      const result = checkContent({ contentDir: validDir, displayRoot: 'content', today });
      const spanish = result.pages.filter((page) => page.locale === 'es');
      expect(spanish.map((page) => page.slug).sort()).toEqual([
        'blood-thinners',
        'dolor-de-rodilla',
        'duele-la-inyeccion',
        'inyeccion',
        'inyeccion-en-la-rodilla',
        'sobre-el-dolor',
      ]);
      for (const page of spanish.filter((p) => p.score !== null))
        expect(page.score, page.file).toBeGreaterThanOrEqual(55);
      expect(result.translations).toEqual([{ locale: 'es', missing: [], behind: [] }]);
    });

    it('reports an English page with no translation, and fails on it when the site requires it', () => {
      const dir = path.join(scratch, 'missing-translation');
      cpSync(validDir, dir, { recursive: true });
      rmSync(path.join(dir, spanishFaq));
      const line = 'content/faqs/does-it-hurt.md: translation: has no es translation yet';
      const lenient = checkContent({ contentDir: dir, displayRoot: 'content', today });
      expect(lenient.errors).toEqual([]);
      expect(lenient.warnings).toContain(line);
      const strict = checkContent({
        contentDir: dir,
        displayRoot: 'content',
        today,
        requireCompleteTranslations: true,
      });
      expect(strict.errors).toEqual([line]);
    });

    it('reports a translation older than the last change to its original', () => {
      const result = checkContent({
        contentDir: validDir,
        displayRoot: 'content',
        today,
        lastChanged: new Map([
          ['faqs/does-it-hurt.md', '2026-11-20'],
          [spanishFaq, '2026-11-01'],
          ['guides/about-pain.md', '2026-11-01'],
          ['es/guides/sobre-el-dolor.md', '2026-11-20'],
        ]),
      });
      expect(result.translations?.[0]?.behind).toEqual([spanishFaq]);
      expect(result.warnings).toContain(
        `content/${spanishFaq}: translation: is behind its English original, which changed after it; update it`,
      );
    });
  });

  it('reports a missing content folder in one line', () => {
    const { errors } = checkContent({
      contentDir: path.join(scratch, 'nowhere'),
      displayRoot: 'nowhere',
      today,
    });
    expect(errors).toEqual(['nowhere: folder: "nowhere" does not exist']);
  });
});
