/**
 * Finds a Chromium for the browser tests, in this order: the CHROMIUM_PATH environment
 * variable, a Chromium on the PATH, Playwright's own downloaded browser, and as a last
 * resort Debian's `chromium` package (installed only when running as root on Debian).
 * Says which it used.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

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

function installDebianChromium(): string | undefined {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/etc/debian_version') || !onPath('apt-get')) return undefined;
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return onPath('chromium');
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
  const installed = installDebianChromium();
  if (installed) return { path: installed, how: "Debian's chromium package, installed just now" };
  throw new Error(
    'No Chromium found. Install one (on Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
}
