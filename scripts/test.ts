/**
 * `npm test`: every check the project has, in order, stopping at the first failure:
 * lint and formatting, content check, content build, type check, unit tests, the full build,
 * browser tests, and last every other command the README documents, run once at its smallest
 * size (scripts/smoke-commands.ts). Each stage runs through its npm script where it has one,
 * so the scripts themselves are tested too.
 * Ends with one line counting every test that ran; a skipped test fails the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const reports = mkdtempSync(path.join(tmpdir(), 'test-reports-'));
const unitReport = path.join(reports, 'unit.json');
const browserReport = path.join(reports, 'browser.json');

const stages: { name: string; command: string[]; env?: Record<string, string> }[] = [
  // eslint . --max-warnings 0 && prettier --check .
  { name: 'lint and formatting', command: ['npm', 'run', 'lint'] },
  { name: 'content check', command: ['npm', 'run', 'content:check'] },
  { name: 'content build', command: ['npm', 'run', 'content:build'] },
  { name: 'type check', command: ['npm', 'run', 'typecheck'] },
  {
    name: 'unit tests',
    command: [
      'npm',
      'run',
      'test:unit',
      '--',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${unitReport}`,
    ],
  },
  { name: 'build', command: ['npm', 'run', 'build'] },
  {
    name: 'browser tests',
    command: ['npm', 'run', 'test:e2e'],
    env: { PLAYWRIGHT_REPORTER: 'json', PLAYWRIGHT_JSON_OUTPUT_FILE: browserReport },
  },
  { name: 'documented commands', command: ['npx', 'tsx', 'scripts/smoke-commands.ts'] },
];

for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const result = spawnSync(stage.command[0]!, stage.command.slice(1), {
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
