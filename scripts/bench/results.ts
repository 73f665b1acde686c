/**
 * bench/results.json and bench/results.md: the build benchmark (npm run bench) and the
 * Lighthouse runs (npm run bench:lighthouse) each replace their own part and keep the other's,
 * and the Markdown is always rendered from the JSON.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { PAGE_TYPES, type PageType } from '../../lib/page-weight';

export type Machine = {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
  os: string;
};

export type StageResult = { name: string; seconds: number; peakMB: number };
export type HeaviestPage = { pages: number; htmlKB: number; scriptKB: number; cssKB: number };

export type BuildResult = {
  /** Content documents generated, and how many of each kind. */
  documents: number;
  kinds: Record<string, number>;
  stages: StageResult[];
  totalSeconds: number;
  peakMB: number;
  /** HTML pages written to out/, and the size of out/. */
  pagesWritten: number;
  outMB: number;
  /** Build time per HTML page written. */
  msPerPage: number;
  heaviest: Partial<Record<PageType, HeaviestPage>>;
  overBudget: { count: number; examples: string[] };
};

export type LighthouseResult = {
  path: string;
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Main-thread time of the site's own script files (bootup-time audit); absent in older runs. */
  siteScriptMs?: number;
};

export type BuildRun = { date: string; machine: Machine; runs: BuildResult[] };
export type LighthouseRun = {
  date: string;
  machine: Machine;
  lighthouse: string;
  pages: LighthouseResult[];
  /** The same pages from a copy of out/ with every script removed. */
  withoutScripts?: LighthouseResult[];
};

/** Each part keeps the run before it, so a change can be read against what came before. */
export type Results = {
  build?: BuildRun & { previous?: BuildRun };
  lighthouse?: LighthouseRun & { previous?: LighthouseRun };
};

/**
 * A new run, with the latest run of an earlier day kept beside it as the previous run. A
 * run on the same day replaces today's, so measuring again keeps the figures from before.
 */
export function withPrevious<T extends { date: string }>(
  next: T,
  current: (T & { previous?: T }) | undefined,
): T & { previous?: T } {
  if (!current) return next;
  if (current.date === next.date)
    return current.previous ? { ...next, previous: current.previous } : next;
  const earlier = { ...current };
  delete earlier.previous;
  return { ...next, previous: earlier };
}

const JSON_FILE = 'bench/results.json';
const MD_FILE = 'bench/results.md';

export function thisMachine(): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

export function readResults(): Results {
  return existsSync(JSON_FILE) ? (JSON.parse(readFileSync(JSON_FILE, 'utf8')) as Results) : {};
}

export function writeResults(results: Results): void {
  writeFileSync(JSON_FILE, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(MD_FILE, renderResults(results));
}

const machineLine = (m: Machine) =>
  `${m.cpus} cores (${m.cpuModel}), ${m.memoryGB} GB of memory, Node ${m.node}, ${m.os}`;

/** The results as Markdown tables. */
export function renderResults(results: Results): string {
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (build) and `npm run bench:lighthouse`; do not edit by hand.',
    'Budgets are in `bench/budgets.json`.',
    '',
  ];
  const { build, lighthouse } = results;
  if (build) {
    lines.push(
      '## Build',
      '',
      `Run on ${build.date} on ${machineLine(build.machine)}.`,
      'Each library is synthetic (scripts/bench/synthetic-library.ts) and built end to end with',
      '`scripts/build.ts`: content check, Contentlayer, Next, Pagefind and the finishing step.',
      'Peak memory is the most the whole process tree held at once (sampled every 100 ms).',
      '',
      '| Documents | Pages written | Total | Per page | Peak memory | out/ | Pages over budget |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...build.runs.map(buildRow),
      '',
      '### Stages (seconds, peak MB)',
      '',
      `| Documents | ${build.runs[0]?.stages.map((s) => s.name).join(' | ')} |`,
      `| ---: | ${build.runs[0]?.stages.map(() => '---:').join(' | ')} |`,
      ...build.runs.map(
        (r) =>
          `| ${r.documents} | ${r.stages.map((s) => `${s.seconds.toFixed(1)} s, ${s.peakMB} MB`).join(' | ')} |`,
      ),
      '',
      '### Heaviest page of each type (KB gzipped: HTML / script / CSS)',
      '',
      `| Documents | ${PAGE_TYPES.join(' | ')} |`,
      `| ---: | ${PAGE_TYPES.map(() => '---').join(' | ')} |`,
      ...build.runs.map((r) => {
        const cells = PAGE_TYPES.map((type) => {
          const h = r.heaviest[type];
          return h ? `${h.htmlKB} / ${h.scriptKB} / ${h.cssKB} (${h.pages})` : '–';
        });
        return `| ${r.documents} | ${cells.join(' | ')} |`;
      }),
      '',
      'The number in brackets is how many pages of that type were written.',
      '',
    );
    lines.push(...targetLines(build.runs));
    const over = build.runs.filter((r) => r.overBudget.count > 0);
    if (over.length) {
      lines.push('### Pages over budget', '');
      for (const r of over) {
        lines.push(`At ${r.documents} documents, ${r.overBudget.count} pages; for example:`, '');
        lines.push(...r.overBudget.examples.map((e) => `- ${e}`), '');
      }
    }
  }
  if (lighthouse) {
    lines.push(
      '## Lighthouse',
      '',
      `Run on ${lighthouse.date} with Lighthouse ${lighthouse.lighthouse} and Debian's Chromium on ${machineLine(lighthouse.machine)}.`,
      'Mobile emulation (Lighthouse defaults: a mid-range phone, slow 4G, 4x CPU slowdown), against',
      '`npm run serve` on this machine. Medians of the runs. "Site script" is the main-thread time',
      "of the site's own script files (Lighthouse's bootup-time audit).",
      '',
      ...lighthouseTable(lighthouse.pages),
    );
    const count = (met: (p: LighthouseResult) => boolean) =>
      `${lighthouse.pages.filter(met).length} of ${lighthouse.pages.length} pages`;
    lines.push(
      'Targets: performance at least 95 on ' +
        count((p) => p.performance >= 95) +
        '; accessibility, best practices and SEO all 100 on ' +
        count((p) => p.accessibility === 100 && p.bestPractices === 100 && p.seo === 100) +
        '; LCP at most 1.5 s on ' +
        count((p) => p.lcpMs <= 1500) +
        '; CLS 0 on ' +
        count((p) => p.cls === 0) +
        '; site script under 50 ms on ' +
        count((p) => (p.siteScriptMs ?? Infinity) < 50) +
        '.',
      '',
    );
    if (lighthouse.withoutScripts?.length)
      lines.push(
        '### The same pages with every script removed',
        '',
        'The floor on this machine: parsing and layout alone. Read each figure above against it.',
        '',
        ...lighthouseTable(lighthouse.withoutScripts),
      );
    if (lighthouse.previous)
      lines.push(
        `### The run before (${lighthouse.previous.date}, Lighthouse ${lighthouse.previous.lighthouse})`,
        '',
        ...lighthouseTable(lighthouse.previous.pages),
      );
  }
  if (build?.previous) {
    lines.push(
      `## The build benchmark before (${build.previous.date})`,
      '',
      '| Documents | Pages written | Total | Per page | Peak memory | out/ | Pages over budget |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...build.previous.runs.map(buildRow),
      '',
    );
  }
  return `${lines.join('\n')}\n`.replace(/\n{3,}/g, '\n\n');
}

const buildRow = (r: BuildResult) =>
  `| ${r.documents} | ${r.pagesWritten} | ${r.totalSeconds.toFixed(1)} s | ${r.msPerPage.toFixed(1)} ms | ${r.peakMB} MB | ${r.outMB} MB | ${r.overBudget.count} |`;

function lighthouseTable(pages: readonly LighthouseResult[]): string[] {
  return [
    '| Page | Runs | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS | Site script |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...pages.map(
      (p) =>
        `| ${p.path} | ${p.runs} | ${p.performance} | ${p.accessibility} | ${p.bestPractices} | ${p.seo} | ${Math.round(p.lcpMs)} ms | ${Math.round(p.tbtMs)} ms | ${p.cls} | ${p.siteScriptMs === undefined ? 'not measured' : `${p.siteScriptMs} ms`} |`,
    ),
    '',
  ];
}

/** The issue's build targets (2 cores), each with what this run measured. */
function targetLines(runs: readonly BuildResult[]): string[] {
  const at = (documents: number) => runs.find((r) => r.documents === documents);
  const small = at(1000);
  const large = at(5000);
  const rows: [string, string, boolean | undefined][] = [];
  if (small)
    rows.push([
      'Build of 1,000 documents under 45 s',
      `${small.totalSeconds.toFixed(1)} s (${small.pagesWritten} pages written)`,
      small.totalSeconds < 45,
    ]);
  if (large)
    rows.push([
      'Build of 5,000 documents under 4 minutes',
      `${large.totalSeconds.toFixed(1)} s (${large.pagesWritten} pages written)`,
      large.totalSeconds < 240,
    ]);
  rows.push([
    'Peak memory under 3 GB',
    `${Math.max(...runs.map((r) => r.peakMB))} MB at most`,
    runs.every((r) => r.peakMB < 3 * 1024),
  ]);
  if (small && large) {
    const ratio = large.msPerPage / small.msPerPage;
    rows.push([
      'Time per page at 5,000 at most 1.2 times that at 1,000',
      `${ratio.toFixed(2)} times (${large.msPerPage.toFixed(0)} ms against ${small.msPerPage.toFixed(0)} ms)`,
      ratio <= 1.2,
    ]);
  }
  rows.push([
    'No page over its budget',
    runs.map((r) => `${r.overBudget.count} at ${r.documents}`).join(', '),
    runs.every((r) => r.overBudget.count === 0),
  ]);
  return [
    '### Targets',
    '',
    '| Target | Measured | Met |',
    '| --- | --- | --- |',
    ...rows.map(([target, measured, met]) => `| ${target} | ${measured} | ${met ? 'yes' : 'no'} |`),
    '',
  ];
}
