/**
 * `npx tsx scripts/screens-per-page.ts [base URL]`: how long the site's pages are on a phone
 * (Pixel 7, 412x915 CSS px) and a desktop (1280x800). For every procedure and condition page,
 * the home page and the comparison it prints the screens to scroll through, where the title
 * starts and the body text's size and line height, then the median, shortest and longest per kind.
 * Without a base URL it serves the built out/ itself (on TEST_PORT, or 4179).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './find-tools';
import { report, type PageMeasurement } from '../lib/screens-per-page';

const VIEWPORTS = [
  { name: 'phone', width: 412, height: 915, deviceScaleFactor: 2.625, isMobile: true },
  { name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false },
];

/** The address of every page of a collection (a page's address is its file's name). */
const pagesIn = (folder: string): string[] =>
  readdirSync(`content/${folder}`)
    .filter((file) => file.endsWith('.md'))
    .map((file) => `/${folder}/${file.replace(/\.md$/, '')}`)
    .sort();

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Nothing answered at ${url}`);
}

async function main() {
  if (!existsSync('out/index.html')) throw new Error('No out/: run `npm run build` first.');
  const paths = [...pagesIn('procedures'), ...pagesIn('conditions'), '/', '/procedures/compare'];
  let baseUrl = process.argv[2];
  let server: ReturnType<typeof spawn> | undefined;
  if (!baseUrl) {
    const port = Number(process.env.TEST_PORT ?? 4179);
    baseUrl = `http://127.0.0.1:${port}`;
    // The server's own binary, not `npx`, so that stopping it stops the server.
    server = spawn(
      'node_modules/.bin/serve',
      ['out', '-l', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-port-switching'],
      { stdio: 'ignore' },
    );
    await waitForServer(`${baseUrl}/`);
  }
  const browser = await chromium.launch({
    executablePath: findChromium().path,
    args: ['--headless', ...CHROMIUM_FLAGS],
  });
  const measurements: PageMeasurement[] = [];
  try {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.deviceScaleFactor,
        isMobile: viewport.isMobile,
        hasTouch: viewport.isMobile,
      });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
        const measured = await page.evaluate(() => {
          const title = document.querySelector('h1');
          // Body text: the article's own paragraphs where there are any.
          const text =
            document.querySelector('.article-body p') ??
            document.querySelector('main p') ??
            document.body;
          const style = getComputedStyle(text);
          return {
            documentHeight: document.documentElement.scrollHeight,
            titleTop: title ? title.getBoundingClientRect().top + window.scrollY : NaN,
            fontSize: parseFloat(style.fontSize),
            lineHeight: parseFloat(style.lineHeight),
          };
        });
        measurements.push({
          path,
          viewport: viewport.name,
          viewportHeight: viewport.height,
          ...measured,
        });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server?.kill();
  }
  console.log(report(measurements));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
