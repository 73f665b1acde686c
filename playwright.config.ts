import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS } from './scripts/find-tools';

/** Where the browser tests serve the exported site. */
const port = Number(process.env.TEST_PORT ?? 4173);

const chromiumArgs = ['--headless', ...CHROMIUM_FLAGS];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.PLAYWRIGHT_REPORTER === 'json' ? [['list'], ['json']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs },
  },
  projects: [
    // Tests tagged @phone also run on a phone-sized screen; @phone-only tests run only there.
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      grepInvert: /@phone-only/,
    },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, grep: /@phone/ },
  ],
  webServer: {
    command: `npx serve out -l tcp://127.0.0.1:${port} --no-clipboard --no-port-switching`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
