/**
 * Finds the programs the browser tests drive: Chromium, Java (for the HTML validator) and
 * nginx (to test deploy/nginx.conf). Chromium is looked for in this order: the CHROMIUM_PATH environment
 * variable, a Chromium on the PATH, Playwright's own downloaded browser, and as a last
 * resort Debian's `chromium` package (installed only when running as root on Debian).
 * Java and nginx are looked for on the PATH, then installed the same way. Each says which it used.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Flags every Chromium launch needs here (the caller adds its own headless flag): they keep
 * Chromium from reaching for Google's services, which this machine's closed network
 * refuses, and let it run as root in a container.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function onPath(name: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found ? found : undefined;
}

function playwrightBrowser(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Installs a Debian package, only when running as root on Debian; returns the command's path. */
function installDebianPackage(pkg: string, command: string): string | undefined {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/etc/debian_version') || !onPath('apt-get')) return undefined;
  console.log(`No ${command} found: installing Debian's "${pkg}" package with apt-get…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return onPath(command);
}

/** A Java runtime for the W3C HTML validator: the system's, or Debian's default-jre-headless. */
export function findJava(): { path: string; how: string } {
  const found = onPath('java');
  if (found) return { path: found, how: "the system's java" };
  const installed = installDebianPackage('default-jre-headless', 'java');
  if (installed)
    return { path: installed, how: "Debian's default-jre-headless, installed just now" };
  throw new Error(
    'No Java found: the HTML validator needs one (on Debian: apt-get install default-jre-headless).',
  );
}

export function findChromium(): { path: string; how: string } {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return { path: fromEnv, how: 'the CHROMIUM_PATH environment variable' };
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    const found = onPath(name);
    if (found) return { path: found, how: `the system's ${name}` };
  }
  const playwright = playwrightBrowser();
  if (playwright) return { path: playwright, how: "Playwright's own Chromium" };
  const installed = installDebianPackage('chromium', 'chromium');
  if (installed) return { path: installed, how: "Debian's chromium package, installed just now" };
  throw new Error(
    'No Chromium found. Install one (on Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
}

/** nginx, to serve out/ with the generated deploy/nginx.conf: the system's, or Debian's. */
export function findNginx(): { path: string; how: string } {
  const found = onPath('nginx') ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined);
  if (found) return { path: found, how: "the system's nginx" };
  const installed = installDebianPackage('nginx', 'nginx');
  if (installed) return { path: installed, how: "Debian's nginx package, installed just now" };
  throw new Error(
    'No nginx found: the deployment test needs one (on Debian: apt-get install nginx).',
  );
}
