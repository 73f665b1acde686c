/**
 * `npm run bench:lighthouse`: Lighthouse (the npm package) with the system's Chromium, in
 * its default mobile emulation, three runs on each of five pages of the built site (out/,
 * served locally with the site's headers). Records the median of each score and of LCP,
 * TBT and CLS in bench/results.json and bench/results.md.
 *
 * Options: `--runs 1` (runs per page; also LIGHTHOUSE_RUNS), `--pages /,/faq` (which pages),
 * `--no-record` (print the scores without writing bench/results); LIGHTHOUSE_PORT sets the
 * local server's port.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from '../../lib/content/readability';
import { CHROMIUM_FLAGS, findChromium } from '../find-tools';
import { readResults, thisMachine, writeResults, type LighthouseResult } from './results';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.LIGHTHOUSE_RUNS ?? '3' },
    pages: {
      type: 'string',
      default: '/,/conditions/sciatica,/procedures/radiofrequency-ablation,/faq,/search',
    },
    'no-record': { type: 'boolean', default: false },
  },
});
const PAGES = values.pages.split(',');
const RUNS = Number(values.runs);
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4280);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--runs must be a whole number of at least 1, not "${values.runs}".`);
  process.exit(1);
}
if (PAGES.some((page) => !page.startsWith('/'))) {
  console.error(
    `--pages are site paths starting with "/", comma-separated, not "${values.pages}".`,
  );
  process.exit(1);
}

if (!existsSync('out/index.html')) {
  console.error('No exported site in out/: run `npm run build` first.');
  process.exit(1);
}

const server = spawn(
  'npx',
  ['serve', 'out', '-l', `tcp://127.0.0.1:${PORT}`, '--no-clipboard', '--no-port-switching'],
  { stdio: 'ignore', detached: true },
);
const origin = `http://127.0.0.1:${PORT}`;
for (let tries = 0; ; tries++) {
  if (
    await fetch(origin).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  if (tries > 100) {
    if (server.pid) process.kill(-server.pid);
    throw new Error(`The local server did not start on ${origin}.`);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const chrome = await launch({
  chromePath: findChromium().path,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

const version = (
  JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as {
    version: string;
  }
).version;
/**
 * One Lighthouse run. On this 2-core machine Chromium's trace now and then comes back
 * without a navigation start (NO_NAVSTART); such a run measured nothing, so it is repeated.
 */
async function audit(path: string, attempt = 1) {
  const result = await lighthouse(`${origin}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no report for ${path}`);
  if (lhr.runtimeError) {
    if (attempt >= 3) throw new Error(`${path}: ${lhr.runtimeError.message}`);
    console.log(`${path}: ${lhr.runtimeError.code}; running again`);
    return audit(path, attempt + 1);
  }
  return lhr;
}

const pages: LighthouseResult[] = [];
try {
  for (const path of PAGES) {
    const runs: LighthouseResult[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const lhr = await audit(path);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      runs.push({
        path,
        runs: 1,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      });
      // Say what cost points, so a score below 100 can be acted on.
      const failing = Object.values(lhr.categories)
        .flatMap((category) => category.auditRefs)
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      console.log(
        `${path} run ${run}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}${failing.length ? `; below full marks: ${[...new Set(failing)].join(', ')}` : ''}`,
      );
    }
    const mid = (pick: (r: LighthouseResult) => number) => median(runs.map(pick));
    pages.push({
      path,
      runs: runs.length,
      performance: mid((r) => r.performance),
      accessibility: mid((r) => r.accessibility),
      bestPractices: mid((r) => r.bestPractices),
      seo: mid((r) => r.seo),
      lcpMs: mid((r) => r.lcpMs),
      tbtMs: mid((r) => r.tbtMs),
      cls: Math.round(mid((r) => r.cls) * 1000) / 1000,
    });
  }
} finally {
  await chrome.kill();
  if (server.pid) process.kill(-server.pid);
}

if (values['no-record']) {
  console.log('\nNot recorded (--no-record).');
} else {
  const results = readResults();
  results.lighthouse = {
    date: new Date().toISOString().slice(0, 10),
    machine: thisMachine(),
    lighthouse: version,
    pages,
  };
  writeResults(results);
  console.log('\nWrote bench/results.json and bench/results.md.');
}
