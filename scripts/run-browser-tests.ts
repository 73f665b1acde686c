/**
 * `npm run test:e2e`: finds a Chromium, then runs the Playwright tests against out/.
 * Extra arguments go to Playwright (for example a file name or --grep).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, findJava, findNginx } from './find-tools';

if (!existsSync('out/index.html')) {
  console.error('No exported site in out/: run `npm run build` first.');
  process.exit(1);
}
const chromium = findChromium();
console.log(`Browser tests use ${chromium.path} (${chromium.how}).`);
const java = findJava();
console.log(`The HTML validator uses ${java.path} (${java.how}).`);
const nginx = findNginx();
console.log(`The deployment test uses ${nginx.path} (${nginx.how}).`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CHROMIUM_PATH: chromium.path,
    JAVA_PATH: java.path,
    NGINX_PATH: nginx.path,
  },
});
process.exit(result.status ?? 1);
