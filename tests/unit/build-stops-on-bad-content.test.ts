import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const brokenRoot = 'tests/fixtures/content-check/broken';
const scratch = mkdtempSync(path.join(tmpdir(), 'broken-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What out/ looks like now: absent, or the time its home page was written. */
const outState = () =>
  existsSync('out/index.html') ? statSync('out/index.html').mtimeMs : 'absent';

type Run = { status: number | null; stdout: string; stderr: string };

function runBuild(contentDir: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('npm run build with broken content', () => {
  it('stops at the content check for every broken fixture, printing its one-line errors, and leaves out/ as it was', async () => {
    const cases = readdirSync(brokenRoot).sort();
    const before = outState();
    const runs = await Promise.all(
      cases.map(async (caseName) => {
        const contentDir = path.join(scratch, caseName);
        cpSync('tests/fixtures/content-check/valid', contentDir, { recursive: true });
        cpSync(path.join(brokenRoot, caseName, 'content'), contentDir, { recursive: true });
        return { caseName, contentDir, run: await runBuild(contentDir) };
      }),
    );

    for (const { caseName, contentDir, run } of runs) {
      const expected = readFileSync(path.join(brokenRoot, caseName, 'expected.txt'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) =>
          line.replaceAll(/(^| )content\//g, `$1${path.relative(process.cwd(), contentDir)}/`),
        );
      expect(run.status, caseName).toBe(1);
      for (const line of expected) expect(run.stderr.split('\n'), caseName).toContain(line);
      expect(run.stderr, caseName).toContain('content check failed');
      expect(run.stdout, caseName).not.toContain('next build');
    }
    expect(outState()).toBe(before);
  }, 120_000);
});
