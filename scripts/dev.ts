/**
 * `npm run dev`: the site as the export serves it, rebuilt as you edit. Contentlayer watches
 * content/, `next dev` renders pages on request, and a small proxy in front of it removes
 * the framework's client runtime from each page (lib/framework-runtime.ts), so pages behave
 * exactly as in out/: plain HTML and CSS plus the site script. Reload the page to see a
 * change; there is no hot reloading, as nothing in the browser runs React.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';
import { devPageWithoutRuntime } from '../lib/framework-runtime';
import { withPageLanguage } from '../lib/page-language';

const port = Number(process.env.PORT ?? 3000);
/** A port nothing listens on now, for `next dev` behind the proxy. */
const nextPort = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const address = probe.address();
    probe.close(() => resolve(typeof address === 'object' && address ? address.port : port + 1));
  });
});
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const children: ChildProcess[] = [
  spawn('npx', ['contentlayer2', 'dev'], { stdio: 'inherit', env }),
  spawn('npx', ['next', 'dev', '--port', String(nextPort), '--hostname', '127.0.0.1'], {
    stdio: 'inherit',
    env,
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());

http
  .createServer((request, response) => {
    const headers = { ...request.headers, 'accept-encoding': 'identity' };
    const upstream = http.request(
      { host: '127.0.0.1', port: nextPort, path: request.url, method: request.method, headers },
      (answer) => {
        const isHtml = (answer.headers['content-type'] ?? '').startsWith('text/html');
        if (!isHtml) {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          // The same page language the build sets (lib/page-language.ts).
          const page = withPageLanguage(
            devPageWithoutRuntime(Buffer.concat(chunks).toString('utf8')),
            `${(request.url ?? '/').split('?')[0]}.html`.slice(1),
          );
          // The page's length changed, and it is sent whole.
          const sent = { ...answer.headers };
          delete sent['content-length'];
          delete sent['transfer-encoding'];
          response.writeHead(answer.statusCode ?? 200, sent);
          response.end(page);
        });
      },
    );
    upstream.on('error', () => {
      response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The development server is still starting; reload in a moment.\n');
    });
    request.pipe(upstream);
  })
  .listen(port, () => console.log(`\nThe site, as exported: http://localhost:${port}\n`));
