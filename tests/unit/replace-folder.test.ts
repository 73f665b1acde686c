import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withPreviousKept } from '@/lib/replace-folder';

let scratch = '';
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function siteIn(dir: string, text: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), text);
}

describe('withPreviousKept', () => {
  it('keeps the previous site, whole, when the build fails half-way', () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'out-'));
    const out = path.join(scratch, 'out');
    siteIn(out, 'good site');
    const ok = withPreviousKept(out, () => {
      siteIn(out, 'half a site');
      return false;
    });
    expect(ok).toBe(false);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('good site');
    expect(existsSync(`${out}.previous`)).toBe(false);
  });

  it('restores the previous site when the build throws', () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'out-'));
    const out = path.join(scratch, 'out');
    siteIn(out, 'good site');
    expect(() =>
      withPreviousKept(out, () => {
        throw new Error('crash');
      }),
    ).toThrow('crash');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('good site');
  });

  it('replaces the site when the build succeeds, and leaves nothing behind', () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'out-'));
    const out = path.join(scratch, 'out');
    siteIn(out, 'old site');
    expect(withPreviousKept(out, () => (siteIn(out, 'new site'), true))).toBe(true);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(`${out}.previous`)).toBe(false);
  });

  it('leaves no folder when the first build fails', () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'out-'));
    const out = path.join(scratch, 'out');
    expect(withPreviousKept(out, () => (siteIn(out, 'half'), false))).toBe(false);
    expect(existsSync(out)).toBe(false);
  });
});
