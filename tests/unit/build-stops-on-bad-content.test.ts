import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(path.join(tmpdir(), 'broken-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What out/ looks like now: absent, or the time its home page was written. */
const outState = () =>
  existsSync('out/index.html') ? statSync('out/index.html').mtimeMs : 'absent';

describe('npm run build with broken content', () => {
  it('stops at the content check with one line per problem, and leaves out/ as it was', () => {
    const contentDir = path.join(scratch, 'content');
    cpSync('tests/fixtures/content-check/valid', contentDir, { recursive: true });
    cpSync('tests/fixtures/content-check/broken/missing-reference/content', contentDir, {
      recursive: true,
    });
    const before = outState();

    const result = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir },
    });

    expect(result.status).toBe(1);
    const problemLines = result.stderr.split('\n').filter((line) => line.includes('knee-pain.md:'));
    expect(problemLines).toEqual([
      `${path.relative(process.cwd(), contentDir)}/conditions/knee-pain.md: procedures: "knee-injections" is not a page in procedures/; did you mean "knee-injection"?`,
    ]);
    expect(result.stderr).toContain('content check failed');
    expect(result.stdout).not.toContain('next build');
    expect(outState()).toBe(before);
  }, 60_000);
});
