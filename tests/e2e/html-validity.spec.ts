import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { recordPagesChecked } from './library';

// The W3C Nu HTML Checker, the validator behind validator.w3.org, run locally from the vnu-jar package.
const vnu = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

test('every exported page is valid HTML according to the W3C Nu HTML Checker', () => {
  const pages = readdirSync('out', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('_next'))
    .map((file) => path.join('out', file));
  expect(pages.length).toBeGreaterThan(50);
  const result = spawnSync(
    process.env.JAVA_PATH ?? 'java',
    ['-jar', vnu, '--errors-only', '--format', 'json', ...pages],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  expect(result.error, 'Java runs the validator').toBeUndefined();
  const report = JSON.parse(result.stderr || '{"messages":[]}') as {
    messages: { type: string; url: string; lastLine?: number; message: string }[];
  };
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${m.url.replace(/^file:.*?\/out\//, 'out/')}:${m.lastLine ?? ''} ${m.message}`);
  expect(errors).toEqual([]);
  recordPagesChecked('HTML validity', pages.length);
});
