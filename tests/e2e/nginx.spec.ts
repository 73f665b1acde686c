/**
 * Serves out/ with a real nginx and the deploy/nginx.conf the build generated, changing
 * only where it listens and where the site lies, and checks what a real host would send.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
} from '@playwright/test';
import { NGINX_ROOT } from '../../lib/host-config';
import { COMMON_HEADERS } from '../../lib/security-headers';
import { conditions, list, procedures, guides } from './library';

const port = Number(process.env.TEST_PORT ?? 4173) + 1;
const origin = `http://127.0.0.1:${port}`;
const redirects = [...conditions, ...procedures, ...guides].flatMap((page) =>
  list(page, 'redirectFrom').map((from) => ({ from, to: page.url })),
);

let nginx: ChildProcess | undefined;
let workDir = '';
let http: APIRequestContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'nginx-test-'));
  const site = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/^ {4}listen 80;$/m, `    listen 127.0.0.1:${port};`)
    .replace(`root ${NGINX_ROOT};`, `root ${path.resolve('out')};`);
  expect(site, 'the listen and root lines were found').toContain(`listen 127.0.0.1:${port};`);
  writeFileSync(path.join(workDir, 'site.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(workDir, name)};`;
  writeFileSync(
    path.join(workDir, 'nginx.conf'),
    // Workers run as this user: nginx's default user may not read a checkout in a private
    // folder (mktemp -d makes them 0700). Ignored, with a notice, when not run as root.
    `daemon off;
user ${userInfo().username};
worker_processes 1;
pid ${path.join(workDir, 'nginx.pid')};
error_log ${path.join(workDir, 'error.log')} warn;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
    include ${path.join(workDir, 'site.conf')};
}
`,
  );
  nginx = spawn(process.env.NGINX_PATH ?? 'nginx', ['-p', workDir, '-c', 'nginx.conf'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  http = await playwrightRequest.newContext({ baseURL: origin, maxRedirects: 0 });
  for (let tries = 0; ; tries++) {
    const up = await http.get('/').then(
      () => true,
      () => false,
    );
    if (up) break;
    if (tries > 50 || nginx.exitCode !== null) {
      const log = readFileSync(path.join(workDir, 'error.log'), 'utf8');
      throw new Error(`nginx did not start with deploy/nginx.conf:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

test.afterAll(async () => {
  await http?.dispose();
  nginx?.kill();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(COMMON_HEADERS))
    expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

test('nginx serves clean URLs with the security headers', async () => {
  for (const [address, title] of [
    ['/', 'Pain Care Guide'],
    ['/conditions/sciatica', 'Sciatica'],
    ['/faq', 'Common questions'],
  ] as const) {
    const response = await http.get(address);
    expect(response.status(), address).toBe(200);
    expect(response.headers()['content-type'], address).toBe('text/html; charset=utf-8');
    expect(await response.text(), address).toContain(title);
    expectSecurityHeaders(response.headers(), address);
  }
});

test('nginx sends files with their types, hashed files for a year, and the headers on all', async () => {
  const html = await (await http.get('/conditions/sciatica')).text();
  const script = /<script src="(\/assets\/site\.[0-9a-f]+\.js)"/.exec(html)![1]!;
  const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1]!;
  const image = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!).pathname;
  const files = [
    { address: script, type: 'application/javascript' },
    { address: stylesheet, type: 'text/css' },
    { address: '/sitemap.xml', type: 'text/xml' },
    { address: image, type: 'image/png' },
    { address: '/es/afecciones/ciatica/opengraph-image', type: 'image/png' },
    { address: '/pagefind/pagefind.js', type: 'application/javascript' },
  ];
  for (const { address, type } of files) {
    const response = await http.get(address);
    expect(response.status(), address).toBe(200);
    expect(response.headers()['content-type'], address).toContain(type);
    expectSecurityHeaders(response.headers(), address);
  }
  for (const hashed of [script, stylesheet])
    expect((await http.get(hashed)).headers()['cache-control'], hashed).toBe(
      'public, max-age=31536000, immutable',
    );
});

test('nginx sends every old address to its page with a permanent redirect', async () => {
  expect(redirects.length).toBeGreaterThan(0);
  for (const { from, to } of redirects) {
    const response = await http.get(from);
    expect(response.status(), from).toBe(301);
    expect(response.headers()['location'], from).toBe(to);
    expectSecurityHeaders(response.headers(), from);
  }
});

test('an unknown address gets the site 404 page with status 404 and the headers', async () => {
  for (const address of ['/no-such-page', '/conditions/no-such-condition', '/404.html']) {
    const response = await http.get(address);
    expect(response.status(), address).toBe(404);
    expect(await response.text(), address).toContain('Page not found');
    expectSecurityHeaders(response.headers(), address);
  }
});
