/**
 * `npm run build`: the whole pipeline from Markdown to static files in out/.
 * The content check runs first, in this process; if it finds any problem the build stops
 * there, so broken content never reaches `next build` and never produces a site.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent, todayUtc } from '../lib/content/check';
import { withPageLanguage } from '../lib/page-language';
import { lastChangedFromGit } from '../lib/content/last-changed';
import { SCRIPT_FOLDER } from '../lib/enhancement-script';
import { isFrameworkFile, withoutFrameworkRuntime } from '../lib/framework-runtime';
import { absoluteUrl } from '../lib/metadata';
import { withPreviousKept } from '../lib/replace-folder';
import { redirectPageHtml, redirectsOf, type Redirect } from '../lib/redirects';
import { headersFile, nginxConfig, redirectsFile, serveConfig } from '../lib/host-config';
import { siteConfig } from '../lib/site-config';
import { withPagePolicy } from '../lib/security-headers';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/**
 * Runs one named step and says how long it took. The "▶ name" lines also mark where each
 * step starts for the build benchmark (scripts/bench/run.ts), which measures them.
 */
function step(name: string, run: () => boolean): boolean {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const ok = run();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (ok) console.log(`✔ ${name} (${seconds}s)`);
  else console.error(`✖ ${name} failed after ${seconds}s; the site was not built.`);
  return ok;
}

/** A step the build cannot go on without. */
function stage(name: string, run: () => boolean) {
  if (!step(name, run)) process.exit(1);
}

const command = (args: string[]) => () =>
  spawnSync('npx', args, { stdio: 'inherit', env }).status === 0;

let redirects: Redirect[] = [];

stage('content check', () => {
  const contentDir = process.env.CONTENT_DIR ?? 'content';
  const { errors, warnings, pages } = checkContent({
    contentDir,
    lastChanged: lastChangedFromGit(contentDir, todayUtc()),
  });
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  for (const error of errors) console.error(error);
  redirects = redirectsOf(pages);
  return errors.length === 0;
});
stage('content build', command(['contentlayer2', 'build']));
// Everything that writes out/ runs as one step: if any part fails, the previous out/ is
// put back whole, so a static server never serves a half-built site.
const built = withPreviousKept(
  'out',
  () =>
    step('next build', command(['next', 'build'])) &&
    step('removing the framework runtime', removeFrameworkRuntime) &&
    step('search index', command(['pagefind', '--site', 'out', '--silent'])) &&
    step('finishing pages', finishPages),
);
if (!built) process.exit(1);

/** Every file under out/, as paths relative to it. */
function exportedFiles(): string[] {
  return readdirSync('out', { recursive: true, encoding: 'utf8' });
}

/**
 * Pages become plain HTML: the framework's scripts, preloads and payloads go (see
 * lib/framework-runtime), and with them the files only they used.
 */
function removeFrameworkRuntime(): boolean {
  const scripts = readdirSync(path.join('out', SCRIPT_FOLDER)).filter((f) => f.endsWith('.js'));
  if (scripts.length !== 1) {
    console.error(
      `Expected one enhancement script in out${SCRIPT_FOLDER}, found ${scripts.length}.`,
    );
    return false;
  }
  const ownScript = `${SCRIPT_FOLDER}${scripts[0]}`;
  let pages = 0;
  let removed = 0;
  try {
    for (const file of exportedFiles()) {
      const full = path.join('out', file);
      if (file.endsWith('.html')) {
        const plain = withoutFrameworkRuntime(readFileSync(full, 'utf8'), file, ownScript);
        writeFileSync(full, withPageLanguage(plain, file));
        pages += 1;
      } else if (isFrameworkFile(file)) {
        rmSync(full);
        removed += 1;
      }
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return false;
  }
  // Folders that held only payload files (the export writes one per page) go too.
  for (const dir of exportedFiles()
    .map((file) => path.join('out', file))
    .sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(dir);
    } catch {
      // not a folder, or not empty
    }
  }
  console.log(`${pages} pages now plain HTML; ${removed} framework files removed.`);
  return true;
}

/** Redirect pages, each page's CSP, and the server configurations, into the exported site. */
function finishPages(): boolean {
  for (const redirect of redirects) {
    const file = path.join('out', `${redirect.from}.html`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, redirectPageHtml(redirect, absoluteUrl(redirect.to)));
  }
  // Each page's CSP allows exactly the inline scripts it was built with, so it is
  // computed from the finished files and written into each page.
  for (const file of exportedFiles()) {
    if (!file.endsWith('.html') || file.startsWith('_next')) continue;
    const full = path.join('out', file);
    writeFileSync(full, withPagePolicy(readFileSync(full, 'utf8')));
  }
  // The local server (npm start) and static hosts get the same headers and redirects.
  writeFileSync('out/serve.json', `${JSON.stringify(serveConfig(redirects), null, 2)}\n`);
  writeFileSync('out/_headers', headersFile());
  writeFileSync('out/_redirects', redirectsFile(redirects));
  // nginx reads its configuration from outside the site, so it is not published in out/.
  mkdirSync('deploy', { recursive: true });
  writeFileSync('deploy/nginx.conf', nginxConfig(redirects, new URL(siteConfig.baseUrl).hostname));
  console.log(`${redirects.length} redirects written.`);
  return true;
}
