/**
 * `npm test`: every check the project has, in order, stopping at the first failure:
 * lint, content check, content build, type check, unit tests, the full build, browser tests.
 * Ends with one line counting every test that ran; a skipped test fails the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const reports = mkdtempSync(path.join(tmpdir(), 'test-reports-'));
const unitReport = path.join(reports, 'unit.json');
const browserReport = path.join(reports, 'browser.json');

const stages: { name: string; args: string[]; env?: Record<string, string> }[] = [
  { name: 'lint', args: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'formatting', args: ['prettier', '--check', '.'] },
  { name: 'content check', args: ['tsx', 'scripts/content-check.ts'] },
  { name: 'content build', args: ['contentlayer2', 'build'] },
  { name: 'type check', args: ['tsc', '--noEmit'] },
  {
    name: 'unit tests',
    args: [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${unitReport}`,
    ],
  },
  { name: 'build', args: ['tsx', 'scripts/build.ts'] },
  {
    name: 'browser tests',
    args: ['tsx', 'scripts/run-browser-tests.ts'],
    env: { PLAYWRIGHT_REPORTER: 'json', PLAYWRIGHT_JSON_OUTPUT_FILE: browserReport },
  },
];

for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const result = spawnSync('npx', stage.args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...stage.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n${stage.name} failed after ${seconds}s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ${stage.name} passed (${seconds}s) ===`);
}

type Counts = { passed: number; failed: number; skipped: number };

const unit = JSON.parse(readFileSync(unitReport, 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
};
type BrowserSuite = {
  specs?: {
    tests: {
      projectName: string;
      results: { annotations?: { type: string; description?: string }[] }[];
    }[];
  }[];
  suites?: BrowserSuite[];
};
const browser = JSON.parse(readFileSync(browserReport, 'utf8')) as {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: BrowserSuite[];
};

/** Pages each site-wide check covered, from the tests' "pages checked" annotations. */
function pagesChecked(suites: BrowserSuite[], totals = new Map<string, number>()) {
  for (const suite of suites) {
    for (const test of (suite.specs ?? []).flatMap((spec) => spec.tests))
      for (const note of test.results.flatMap((result) => result.annotations ?? [])) {
        if (note.type !== 'pages checked' || !note.description) continue;
        const [check, pages] = note.description.split('=');
        const key = `${check} (${test.projectName})`;
        totals.set(key, (totals.get(key) ?? 0) + Number(pages));
      }
    pagesChecked(suite.suites ?? [], totals);
  }
  return totals;
}
const counts: Record<string, Counts> = {
  unit: {
    passed: unit.numPassedTests,
    failed: unit.numFailedTests,
    skipped: unit.numPendingTests + unit.numTodoTests,
  },
  browser: {
    passed: browser.stats.expected,
    failed: browser.stats.unexpected + browser.stats.flaky,
    skipped: browser.stats.skipped,
  },
};
const total = Object.values(counts).reduce(
  (sum, c) => ({
    passed: sum.passed + c.passed,
    failed: sum.failed + c.failed,
    skipped: sum.skipped + c.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);

console.log('\nPages checked:');
for (const [check, pages] of pagesChecked(browser.suites))
  console.log(`  ${check}: ${pages} pages`);
console.log('');
for (const [name, c] of Object.entries(counts)) {
  console.log(`${name} tests: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
}
if (total.skipped > 0 || total.failed > 0 || total.passed === 0) {
  console.error('Every test must run and pass: none may be skipped.');
  process.exit(1);
}
console.log(`Tests: ${total.passed} passed, ${total.failed} failed`);
