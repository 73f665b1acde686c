/**
 * The last stage of `npm test` ("documented commands"): every command the README documents
 * that the earlier stages do not already run, once each at its smallest size, so none can
 * break unnoticed. Servers (`npm run serve`, `npm start`, `npm run dev`) run on a free port
 * until their home page answers 200 with HTML, then their whole process group is stopped.
 * The benchmarks run at their smallest size and record nothing. `npm run format` is left
 * out: it rewrites files, and the lint stage already runs `prettier --check`.
 *
 * Prints one line per command with its time. A failing command's output is printed, then one
 * line naming it. A command that leaves `git status` changed fails too.
 *
 * Run alone: `npx tsx scripts/smoke-commands.ts` (it builds out/ itself, through `npm start`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { PUBLISHED_PATHS_FILE } from '../lib/content/schema';
import { notPlainPage } from '../lib/framework-runtime';

type Command = {
  /** The command as the README writes it. */
  args: string[];
  env?: Record<string, string>;
  /** For a server: it passes once this path answers 200 with HTML on its PORT. */
  serves?: string;
  /** For a server: what must hold of the page it served; returns a problem, or nothing. */
  page?: (html: string, origin: string) => Promise<string | undefined>;
  /** What else must hold once it has run; returns a problem, or nothing. */
  after?: () => string | undefined;
};

const TIMEOUT_MS = 5 * 60_000;
const PUBLISHED_PATHS = path.join('content', PUBLISHED_PATHS_FILE);

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The lines of `git status --porcelain`, or none outside a git checkout. */
function gitStatus(): Set<string> {
  const result = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
  return new Set(result.status === 0 ? result.stdout.split('\n').filter(Boolean) : []);
}

/** What a command changed in `git status`: lines that came or went. */
function statusChanges(before: Set<string>, after: Set<string>): string[] {
  return [
    ...[...after].filter((line) => !before.has(line)),
    ...[...before].filter((line) => !after.has(line)).map((line) => `${line} (no longer)`),
  ];
}

let running: ChildProcess | undefined;

/** Stops a command and everything it started (it leads its own process group). */
async function stop(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // The group has already gone.
    }
  };
  signal('SIGTERM');
  const stopped = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
  ]);
  if (!stopped) {
    signal('SIGKILL');
    await exited;
  }
}

for (const name of ['SIGINT', 'SIGTERM'] as const)
  process.on(name, () => {
    if (running?.pid) {
      try {
        process.kill(-running.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    process.exit(1);
  });

/** The HTML page `url` answers with 200, or nothing. */
async function answers(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    const html = await response.text();
    return response.ok && /^\s*<!doctype html/i.test(html) ? html : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A page as the export serves it: the site's one script and no framework runtime. Returns
 * what is wrong, or nothing.
 */
async function servedAsExported(html: string, origin: string): Promise<string | undefined> {
  const [problem] = notPlainPage(html);
  if (problem) return problem;
  const site = /<script\b[^>]*\bsrc="([^"]+)"/.exec(html)![1]!;
  const script = await fetch(`${origin}${site}`).catch(() => undefined);
  return script?.ok ? undefined : `${site} did not answer`;
}

/** Runs one command; returns its problem, or nothing when it worked. */
async function run(command: Command, output: string[]): Promise<string | undefined> {
  const port = command.serves ? await freePort() : undefined;
  const child = spawn(command.args[0]!, command.args.slice(1), {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      ...(port ? { PORT: String(port) } : {}),
      ...command.env,
    },
  });
  running = child;
  const collect = (chunk: Buffer) => output.push(chunk.toString('utf8'));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let ended: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.on('close', (code, signal) => {
      ended = code === null ? `signal ${signal}` : `exit code ${code}`;
      resolve();
    }),
  );
  const timedOut = new Promise<'timeout'>((resolve) =>
    setTimeout(() => resolve('timeout'), TIMEOUT_MS).unref(),
  );
  try {
    if (!command.serves) {
      if ((await Promise.race([exited, timedOut])) === 'timeout') {
        await stop(child, exited);
        return `still running after ${TIMEOUT_MS / 60_000} minutes`;
      }
      return ended === 'exit code 0' ? undefined : ended;
    }
    const origin = `http://127.0.0.1:${port}`;
    const url = `${origin}${command.serves}`;
    const deadline = Date.now() + TIMEOUT_MS;
    let html: string | undefined;
    while (!(html = await answers(url))) {
      if (ended) return `ended (${ended}) before ${url} answered`;
      if (Date.now() > deadline)
        return `${url} did not answer 200 with HTML within ${TIMEOUT_MS / 60_000} minutes`;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const problem = await command.page?.(html, origin);
    await stop(child, exited);
    return problem;
  } finally {
    running = undefined;
  }
}

const publishedPathsBefore = existsSync(PUBLISHED_PATHS)
  ? readFileSync(PUBLISHED_PATHS, 'utf8')
  : undefined;

const commands: Command[] = [
  { args: ['npm', 'run', 'content:report'] },
  {
    args: ['npm', 'run', 'content:record-paths'],
    after: () =>
      (existsSync(PUBLISHED_PATHS) ? readFileSync(PUBLISHED_PATHS, 'utf8') : undefined) ===
      publishedPathsBefore
        ? undefined
        : `it changed ${PUBLISHED_PATHS}: some page addresses were not recorded; review and commit the file`,
  },
  // Builds out/ and serves it: the commands after it need out/.
  { args: ['npm', 'start'], serves: '/' },
  { args: ['npm', 'run', 'serve'], serves: '/conditions/sciatica', page: servedAsExported },
  { args: ['npx', 'tsx', 'scripts/weigh-export.ts'] },
  {
    args: [
      'npm',
      'run',
      'bench:lighthouse',
      '--',
      '--runs',
      '1',
      '--pages',
      '/conditions/sciatica',
      '--no-record',
    ],
    env: { LIGHTHOUSE_PORT: String(await freePort()) },
  },
  { args: ['npm', 'run', 'bench', '--', '100', '--no-record'] },
  // Last, so its .next/ and .contentlayer/ writes meet no other command.
  // It serves pages as the export does: the same check as for `npm run serve`.
  { args: ['npm', 'run', 'dev'], serves: '/conditions/sciatica', page: servedAsExported },
];

const started = Date.now();
for (const command of commands) {
  const name = command.args.join(' ');
  const statusBefore = gitStatus();
  const output: string[] = [];
  const commandStarted = Date.now();
  let problem = await run(command, output);
  problem ??= command.after?.();
  const changes = statusChanges(statusBefore, gitStatus());
  if (!problem && changes.length > 0)
    problem = `it left the working tree changed (git status: ${changes.join(', ')})`;
  const seconds = ((Date.now() - commandStarted) / 1000).toFixed(1);
  if (problem) {
    const printed = output.join('').trimEnd();
    if (printed) console.error(printed.split('\n').slice(-60).join('\n'));
    console.error(`✖ ${name} failed after ${seconds}s: ${problem}`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
console.log(
  `${commands.length} documented commands ran in ${((Date.now() - started) / 1000).toFixed(1)}s.`,
);
