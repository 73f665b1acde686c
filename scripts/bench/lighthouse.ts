/**
 * `npm run bench:lighthouse`: Lighthouse (the npm package) with the system's Chromium, in
 * its default mobile emulation, three runs on each of five pages of the built site (out/,
 * served locally with the site's headers). Records the median of each score, of LCP, TBT
 * and CLS, and of the main-thread time of the site's own script, in bench/results.json and
 * bench/results.md.
 *
 * The same pages are then measured again from a copy of out/ with every script removed.
 * On this machine even such a page has "blocking time" from parsing and layout, so each
 * figure is read against that floor rather than against a perfect score.
 *
 * Options: `--runs 1` (runs per page; also LIGHTHOUSE_RUNS), `--pages /,/faq` (which pages),
 * `--no-record` (print the scores without writing bench/results); LIGHTHOUSE_PORT sets the
 * local server's port.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { type Config } from 'lighthouse';
import { median } from '../../lib/content/readability';
import { CHROMIUM_FLAGS, findChromium } from '../find-tools';
import {
  readResults,
  thisMachine,
  writeResults,
  type LighthouseResult,
  withPrevious,
  type LighthouseRun,
} from './results';

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

/** Serves a folder as `npm run serve` does, and waits until it answers. */
async function serveFolder(folder: string, port: number) {
  const server = spawn(
    'npx',
    ['serve', folder, '-l', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-port-switching'],
    { stdio: 'ignore', detached: true },
  );
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
  };
  for (let tries = 0; ; tries++) {
    if (
      await fetch(origin).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (tries > 100) {
      stop();
      throw new Error(`The local server did not start on ${origin}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, stop };
}

/** A copy of out/ whose pages load no script at all: the floor this machine can reach. */
function withoutScripts(): string {
  const copy = path.resolve('.bench-work', 'no-script-out');
  rmSync(copy, { recursive: true, force: true });
  cpSync('out', copy, { recursive: true });
  for (const file of readdirSync(copy, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const full = path.join(copy, file);
    writeFileSync(
      full,
      readFileSync(full, 'utf8').replace(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>/gi, ''),
    );
  }
  return copy;
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
 * Lighthouse's defaults, except that the bootup-time audit lists every script: by default
 * it leaves out those under 50 ms, and the site's own script should be one of them.
 */
const config: Config = {
  extends: 'lighthouse:default',
  audits: [{ path: 'bootup-time', options: { thresholdInMs: 0 } }],
};

/**
 * One Lighthouse run. On this 2-core machine Chromium's trace now and then comes back
 * without a navigation start (NO_NAVSTART); such a run measured nothing, so it is repeated.
 */
async function audit(url: string, attempt = 1) {
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    },
    config,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no report for ${url}`);
  if (lhr.runtimeError) {
    if (attempt >= 3) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    console.log(`${url}: ${lhr.runtimeError.code}; running again`);
    return audit(url, attempt + 1);
  }
  return lhr;
}

/** Main-thread time of the site's own script files, from the bootup-time audit. */
function siteScriptMs(lhr: Awaited<ReturnType<typeof audit>>, origin: string): number {
  const details = lhr.audits['bootup-time']?.details as
    { items?: { url: string; total: number }[] } | undefined;
  return (details?.items ?? [])
    .filter((item) => item.url.startsWith(origin) && /\.js(\?|$)/.test(item.url))
    .reduce((sum, item) => sum + item.total, 0);
}

/** Runs every page RUNS times against `origin` and keeps each figure's median. */
async function measure(origin: string, label: string): Promise<LighthouseResult[]> {
  const pages: LighthouseResult[] = [];
  for (const page of PAGES) {
    const runs: LighthouseResult[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const lhr = await audit(`${origin}${page}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      runs.push({
        path: page,
        runs: 1,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        siteScriptMs: siteScriptMs(lhr, origin),
      });
      // Say what cost points, so a score below 100 can be acted on.
      const failing = Object.values(lhr.categories)
        .flatMap((category) => category.auditRefs)
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      console.log(
        `${label}${page} run ${run}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}, LCP ${Math.round(metric('largest-contentful-paint'))} ms, TBT ${Math.round(metric('total-blocking-time'))} ms, site script ${Math.round(siteScriptMs(lhr, origin))} ms${failing.length ? `; below full marks: ${[...new Set(failing)].join(', ')}` : ''}`,
      );
    }
    const mid = (pick: (r: LighthouseResult) => number) => median(runs.map(pick));
    pages.push({
      path: page,
      runs: runs.length,
      performance: mid((r) => r.performance),
      accessibility: mid((r) => r.accessibility),
      bestPractices: mid((r) => r.bestPractices),
      seo: mid((r) => r.seo),
      lcpMs: mid((r) => r.lcpMs),
      tbtMs: mid((r) => r.tbtMs),
      cls: Math.round(mid((r) => r.cls) * 1000) / 1000,
      siteScriptMs: Math.round(mid((r) => r.siteScriptMs ?? 0)),
    });
  }
  return pages;
}

let pages: LighthouseResult[] = [];
let floor: LighthouseResult[] = [];
try {
  const site = await serveFolder('out', PORT);
  try {
    pages = await measure(site.origin, '');
  } finally {
    site.stop();
  }
  const bare = await serveFolder(withoutScripts(), PORT + 1);
  try {
    floor = await measure(bare.origin, 'without scripts: ');
  } finally {
    bare.stop();
  }
} finally {
  await chrome.kill();
  rmSync(path.resolve('.bench-work', 'no-script-out'), { recursive: true, force: true });
}

if (values['no-record']) {
  console.log('\nNot recorded (--no-record).');
} else {
  const results = readResults();
  const run: LighthouseRun = {
    date: new Date().toISOString().slice(0, 10),
    machine: thisMachine(),
    lighthouse: version,
    pages,
    withoutScripts: floor,
  };
  results.lighthouse = withPrevious(run, results.lighthouse);
  writeResults(results);
  console.log('\nWrote bench/results.json and bench/results.md.');
}
