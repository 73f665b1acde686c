/**
 * `npm run bench [-- 100,1000] [--no-record]`: builds synthetic libraries of 100, 1,000 and
 * 5,000 documents end to end and records each build step's wall time and peak memory, the
 * pages written, the size of out/ and the heaviest page of each type against the budgets.
 * `--no-record` prints the figures without writing bench/results.json and results.md (the
 * test run uses it to check the benchmark still works).
 *
 * Each library is built in a temporary copy of the project under .bench-work/ (ignored by
 * git), so the real content/, .contentlayer/ and out/ are never touched; the copy is removed
 * afterwards. The copy sits inside the project because Turbopack compiles nothing outside
 * its workspace root.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import budgetsFile from '../../bench/budgets.json' with { type: 'json' };
import { overBudget, type Budgets } from '../../lib/page-weight';
import { heaviestByType, weighExport } from '../weigh-export';
import { readResults, thisMachine, withPrevious, writeResults, type BuildResult } from './results';
import { shares, syntheticLibrary } from './synthetic-library';

const budgets: Budgets = budgetsFile;

/**
 * What the build needs from the project; everything else (content, outputs) stays behind.
 * Any that git does not hold are skipped.
 */
const PROJECT_FILES = [
  'app',
  'components',
  'enhance',
  'lib',
  'scripts',
  'bench/budgets.json',
  'contentlayer.config.ts',
  'next.config.ts',
  'package.json',
  'postcss.config.mjs',
  'tsconfig.json',
];

const SAMPLE_MS = 100;
const WORK_DIR = path.resolve('.bench-work');

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
function treeMemory(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs the project's build in `dir`, timing each "▶ step" it announces and sampling memory. */
function measuredBuild(dir: string): Promise<{ stages: BuildResult['stages']; ok: boolean }> {
  return new Promise((resolve) => {
    const stages: { name: string; started: number; ended: number; peak: number }[] = [];
    const child = spawn('npx', ['tsx', 'scripts/build.ts'], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: string[] = [];
    const onOutput = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        log.push(line);
        const started = /^▶ (.+)$/.exec(line.trim());
        if (!started) continue;
        const now = Date.now();
        const current = stages.at(-1);
        if (current) current.ended = now;
        stages.push({ name: started[1]!, started: now, ended: now, peak: 0 });
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    const sampler = setInterval(() => {
      const current = stages.at(-1);
      if (current && child.pid) current.peak = Math.max(current.peak, treeMemory(child.pid));
    }, SAMPLE_MS);
    child.on('close', (code) => {
      clearInterval(sampler);
      const current = stages.at(-1);
      if (current) current.ended = Date.now();
      if (code !== 0) console.error(log.slice(-40).join('\n'));
      resolve({
        ok: code === 0,
        stages: stages.map((s) => ({
          name: s.name,
          seconds: (s.ended - s.started) / 1000,
          peakMB: Math.round(s.peak / 1024 ** 2),
        })),
      });
    });
  });
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(path.join(dir, file));
    if (stats.isFile()) total += stats.size;
  }
  return total;
}

async function benchOne(documents: number): Promise<BuildResult> {
  mkdirSync(WORK_DIR, { recursive: true });
  const dir = mkdtempSync(path.join(WORK_DIR, `${documents}-`));
  try {
    for (const file of PROJECT_FILES.filter((f) => existsSync(f)))
      cpSync(path.resolve(file), path.join(dir, file), { recursive: true });
    for (const { path: file, text } of syntheticLibrary(documents)) {
      const full = path.join(dir, 'content', file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    console.log(`\nBuilding ${documents} synthetic documents in ${dir} …`);
    const started = Date.now();
    const { ok, stages } = await measuredBuild(dir);
    const totalSeconds = (Date.now() - started) / 1000;
    if (!ok) throw new Error(`The build of ${documents} documents failed (output above).`);

    const out = path.join(dir, 'out');
    const pages = weighExport(out);
    const problems = pages.flatMap(({ sitePath, weight }) => overBudget(sitePath, weight, budgets));
    const kb = (bytes: number) => Math.round(bytes / 100) / 10;
    const heaviest = Object.fromEntries(
      [...heaviestByType(pages)].map(([type, w]) => [
        type,
        {
          pages: w.pages,
          htmlKB: kb(w.htmlBytes),
          scriptKB: kb(w.scriptBytes),
          cssKB: kb(w.cssBytes),
        },
      ]),
    );
    const pagesWritten = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html') && !f.startsWith('_'),
    ).length;
    const result: BuildResult = {
      documents,
      kinds: shares(documents),
      stages,
      totalSeconds,
      peakMB: Math.max(...stages.map((s) => s.peakMB)),
      pagesWritten,
      outMB: Math.round(folderBytes(out) / 1024 ** 2),
      msPerPage: (totalSeconds * 1000) / pagesWritten,
      heaviest,
      overBudget: {
        count: new Set(problems.map((p) => p.split(':')[0])).size,
        examples: problems.slice(0, 8),
      },
    };
    console.log(
      `${documents} documents: ${pagesWritten} pages in ${totalSeconds.toFixed(1)} s, peak ${result.peakMB} MB`,
    );
    for (const s of stages) console.log(`  ${s.name}: ${s.seconds.toFixed(1)} s, ${s.peakMB} MB`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { values, positionals } = parseArgs({
  options: { 'no-record': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const sizes = (positionals[0] ?? '100,1000,5000').split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
  console.error(
    `Sizes must be whole numbers, comma-separated (e.g. 100,1000), not "${positionals[0]}".`,
  );
  process.exit(1);
}
const runs: BuildResult[] = [];
for (const size of sizes) runs.push(await benchOne(size));
if (values['no-record']) {
  console.log('\nNot recorded (--no-record).');
} else {
  const results = readResults();
  results.build = withPrevious(
    { date: new Date().toISOString().slice(0, 10), machine: thisMachine(), runs },
    results.build,
  );
  writeResults(results);
  console.log('\nWrote bench/results.json and bench/results.md.');
}
