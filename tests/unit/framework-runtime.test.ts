import { describe, expect, it } from 'vitest';
import {
  devPageWithoutRuntime,
  notPlainPage,
  isFrameworkFile,
  withoutFrameworkRuntime,
} from '@/lib/framework-runtime';

const OWN = '/assets/site.0123456789ab.js';
const page = (extra: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/>` +
  `<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>` +
  `<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>` +
  `<meta name="next-size-adjust" content=""/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310.js"/>` +
  `<script src="/_next/static/chunks/1-7e.js" async=""></script>` +
  `<script src="/_next/static/chunks/0cz.js" noModule=""></script></head><body><main>Sciatica<!--$--> <!-- -->pain<!--/$--></main>` +
  `<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>` +
  `<script src="${OWN}" defer=""></script>` +
  `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
  `<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script>${extra}</body></html>`;

describe('removing the framework runtime', () => {
  it("removes the framework's scripts, preloads and payload, and keeps the page's own", () => {
    const html = withoutFrameworkRuntime(page(''), 'conditions/sciatica.html', OWN);
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]+\.js|__next_f|TURBOPACK/);
    expect(html).toContain(`<script src="${OWN}" defer=""></script>`);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(html).toContain('as="font"');
    expect(html).not.toContain('next-size-adjust');
    expect(html).toContain('<main>Sciatica pain</main>');
  });

  it('stops at a script it does not know, naming the page and the script', () => {
    expect(() =>
      withoutFrameworkRuntime(
        page('<script>window.track()</script>'),
        'conditions/sciatica.html',
        OWN,
      ),
    ).toThrow(
      /^conditions\/sciatica\.html: a script the finishing step does not know: <script>window\.track/,
    );
    expect(() =>
      withoutFrameworkRuntime(
        page('<script src="https://cdn.example/x.js"></script>'),
        'a.html',
        OWN,
      ),
    ).toThrow(/^a\.html: .*cdn\.example/);
    expect(() =>
      withoutFrameworkRuntime(page('<link rel="modulepreload" href="/other.js"/>'), 'a.html', OWN),
    ).toThrow(/^a\.html: a script preload/);
  });

  it('finds the payload files and chunk scripts, and leaves robots.txt, styles and fonts', () => {
    expect(isFrameworkFile('conditions/sciatica.txt')).toBe(true);
    expect(isFrameworkFile('conditions/sciatica/__next._tree.txt')).toBe(true);
    expect(isFrameworkFile('_next/static/chunks/1-7e.js')).toBe(true);
    expect(isFrameworkFile('_next/static/XmznjvxG/_buildManifest.js')).toBe(true);
    expect(isFrameworkFile('robots.txt')).toBe(false);
    expect(isFrameworkFile('_next/static/chunks/a.css')).toBe(false);
    expect(isFrameworkFile('_next/static/media/font.woff2')).toBe(false);
    expect(isFrameworkFile('assets/site.0123abcd.js')).toBe(false);
  });
});

describe('pages in development', () => {
  it('lose every script but JSON-LD and the site script, so nothing hydrates them', () => {
    const html = devPageWithoutRuntime(
      page(
        '<script src="/_next/static/chunks/hmr-client.js"></script><script>self.__next_r="x"</script>',
      ),
    );
    expect(html).not.toMatch(/hmr-client|__next_r|__next_f|TURBOPACK|as="script"/);
    expect(html).toContain(`<script src="${OWN}" defer=""></script>`);
    expect(html).toContain('<script type="application/ld+json">');
  });
});

describe('a finished page', () => {
  it('is plain when it carries the site script alone, deferred, and no trace of the runtime', () => {
    const finished = withoutFrameworkRuntime(page(''), 'a.html', OWN);
    expect(notPlainPage(finished)).toEqual([]);
    expect(notPlainPage(page(''))).toContain('inline framework payload');
    expect(notPlainPage(finished.replace(' defer=""', ''))).toHaveLength(1);
  });
});
