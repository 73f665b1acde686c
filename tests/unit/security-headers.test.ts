import { describe, expect, it } from 'vitest';
import { headersFile, nginxConfig, redirectsFile, serveConfig } from '@/lib/host-config';
import { brandStyleHash } from '@/lib/brand';
import { COMMON_HEADERS, HEADER_CSP, pagePolicy, withPagePolicy } from '@/lib/security-headers';
import { siteConfig } from '@/lib/site-config';

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

  it('allow scripts only from the site, never inline, unsafe-inline or unsafe-eval', () => {
    const policy = pagePolicy({ runsWebAssembly: false });
    expect(policy).toContain("script-src 'self';");
    for (const directive of [
      "default-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(/script-src [^;]*/.exec(policy)?.[0]).not.toContain('sha256-');
  });

  it("allow styles from the site and, inline, only the brand colours' rule, by its hash", () => {
    const policy = pagePolicy({ runsWebAssembly: false });
    expect(policy).toContain(`style-src 'self' ${brandStyleHash(siteConfig.brand)};`);
    expect(brandStyleHash(siteConfig.brand)).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });

  it("let only the search page run WebAssembly (Pagefind's), and never eval", () => {
    const search = withPagePolicy(
      '<html><head><meta charSet="utf-8"/></head><body><div data-search-page=""></div></body></html>',
    );
    const article = withPagePolicy(
      '<html><head><meta charSet="utf-8"/></head><body><p>Sciatica</p></body></html>',
    );
    expect(search).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(article).toContain("script-src 'self';");
  });

  it('put the page policy after the character set and before any script, once', () => {
    const withCharset = withPagePolicy(
      '<html><head><meta charSet="utf-8"/><script src="/assets/site.js"></script></head></html>',
    );
    expect(withCharset).toMatch(
      /^<html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><script /,
    );
  });

  it('put the page policy first in a <head> without a character set, once', () => {
    const html =
      '<!DOCTYPE html><html><head><script src="/a.js"></script></head><body></body></html>';
    const secured = withPagePolicy(html);
    expect(secured).toMatch(
      /^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><script src/,
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
    expect(config.headers).toContainEqual({
      source: 'assets/**',
      headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
    });
    expect(config.headers).toContainEqual({
      source: '**/opengraph-image*',
      headers: [{ key: 'Content-Type', value: 'image/png' }],
    });
  });

  it('writes _headers and _redirects for static hosts', () => {
    expect(headersFile()).toContain(
      `/*\n  Content-Security-Policy: ${HEADER_CSP}\n  Strict-Transport-Security: ${COMMON_HEADERS['Strict-Transport-Security']}\n`,
    );
    expect(headersFile()).toContain('/*/opengraph-image*\n  Content-Type: image/png\n');
    expect(headersFile()).toContain(
      '/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
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
    expect(conf).toMatch(/location ~ \/opengraph-image\[\^\/\]\*\$ \{\s+default_type image\/png;/);
    // nginx drops inherited headers in a location that adds its own, so each such location
    // must carry the whole set: once for the server and once for the hashed files.
    for (const [name, value] of Object.entries(COMMON_HEADERS))
      expect(conf.split(`add_header ${name} "${value}" always;`).length - 1, name).toBe(2);
  });
});
