import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, nginxConfig, redirectsFile, serveConfig } from '@/lib/host-config';
import {
  COMMON_HEADERS,
  HEADER_CSP,
  inlineScriptHashes,
  pagePolicy,
  withPagePolicy,
} from '@/lib/security-headers';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('security headers', () => {
  it('turn off framing, sniffing, referrers and powerful features, and pin HTTPS for a year', () => {
    expect(COMMON_HEADERS['Content-Security-Policy']).toBe(HEADER_CSP);
    expect(HEADER_CSP).toContain("frame-ancestors 'none'");
    expect(COMMON_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(COMMON_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(COMMON_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(COMMON_HEADERS['Permissions-Policy']).toMatch(
      /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
    );
    const maxAge = Number(/max-age=(\d+)/.exec(COMMON_HEADERS['Strict-Transport-Security']!)?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  });

  it('hash exactly the inline scripts that run, not external scripts or JSON-LD data', () => {
    const html =
      '<head><script src="/a.js"></script><script>one()</script><script id="x">two()</script>' +
      '<script type="application/ld+json">{"a":1}</script><script>one()</script></head>';
    expect(inlineScriptHashes(html)).toEqual([sha('one()'), sha('two()')].sort());
  });

  it('allow scripts only from the site and the listed hashes, never unsafe-inline or unsafe-eval', () => {
    const policy = pagePolicy([sha('one()')]);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' '${sha('one()')}'`);
    for (const directive of [
      "default-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "style-src 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('put the page policy after the character set and before any script, once', () => {
    const withCharset = withPagePolicy(
      '<html><head><meta charSet="utf-8"/><script>one()</script></head></html>',
    );
    expect(withCharset).toMatch(
      /^<html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><script>/,
    );
  });

  it('put the page policy first in a <head> without a character set, once, without changing the scripts', () => {
    const html = '<!DOCTYPE html><html><head><script>one()</script></head><body></body></html>';
    const secured = withPagePolicy(html);
    expect(secured).toMatch(
      /^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><script>one\(\)<\/script>/,
    );
    expect(withPagePolicy(secured)).toBe(secured);
    expect(() => withPagePolicy('<p>no head</p>')).toThrow();
  });
});

describe('host configuration', () => {
  const redirects = [
    { from: '/procedures/rfa', to: '/procedures/radiofrequency-ablation', title: 'RFA' },
  ];

  it('gives the local server the common headers, the redirects and the image type', () => {
    const config = serveConfig(redirects);
    expect(config.redirects).toEqual([
      { source: '/procedures/rfa', destination: '/procedures/radiofrequency-ablation', type: 301 },
    ]);
    expect(config.headers[0]).toEqual({
      source: '**',
      headers: Object.entries(COMMON_HEADERS).map(([key, value]) => ({ key, value })),
    });
    expect(config.headers[1]).toEqual({
      source: '**/opengraph-image',
      headers: [{ key: 'Content-Type', value: 'image/png' }],
    });
  });

  it('writes _headers and _redirects for static hosts', () => {
    expect(headersFile()).toContain(
      `/*\n  Content-Security-Policy: ${HEADER_CSP}\n  Strict-Transport-Security: ${COMMON_HEADERS['Strict-Transport-Security']}\n`,
    );
    expect(headersFile()).toContain('/*/opengraph-image\n  Content-Type: image/png\n');
    expect(redirectsFile(redirects)).toBe(
      '/procedures/rfa /procedures/radiofrequency-ablation 301\n',
    );
    expect(redirectsFile([])).toBe('');
  });

  it('writes an nginx server block with clean URLs, the redirects, the 404 page and the headers everywhere', () => {
    const conf = nginxConfig(redirects, 'pain-care-guide.example');
    expect(conf).toContain('server_name pain-care-guide.example;');
    expect(conf).toContain(
      'location = /procedures/rfa { return 301 /procedures/radiofrequency-ablation; }',
    );
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf).toContain('try_files $uri $uri.html $uri/index.html =404;');
    expect(conf).toMatch(/location ~ \/opengraph-image\$ \{\s+default_type image\/png;/);
    // nginx drops inherited headers in a location that adds its own, so each such location
    // must carry the whole set: once for the server and once for /_next/static/.
    for (const [name, value] of Object.entries(COMMON_HEADERS))
      expect(conf.split(`add_header ${name} "${value}" always;`).length - 1, name).toBe(2);
  });
});
