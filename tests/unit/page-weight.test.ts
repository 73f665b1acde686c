import { describe, expect, it } from 'vitest';
import {
  assetsOf,
  fontsOf,
  gzippedSize,
  overBudget,
  pageTypeOf,
  weighPage,
  type Budgets,
} from '@/lib/page-weight';

const limits = { scriptKB: 6, cssKB: 9, htmlKB: 15, firstVisitKB: 60 };
const budgets: Budgets = {
  pages: {
    home: limits,
    listing: limits,
    condition: limits,
    procedure: limits,
    guide: limits,
    faq: limits,
    glossary: limits,
    search: limits,
    other: limits,
  },
  fonts: { files: 1, totalKB: 32 },
};

describe('page weight', () => {
  it('tells the kinds of page apart by address', () => {
    expect(pageTypeOf('/')).toBe('home');
    expect(pageTypeOf('/conditions')).toBe('listing');
    expect(pageTypeOf('/a-z')).toBe('listing');
    expect(pageTypeOf('/conditions/sciatica')).toBe('condition');
    expect(pageTypeOf('/procedures/radiofrequency-ablation')).toBe('procedure');
    expect(pageTypeOf('/guides/what-is-chronic-pain')).toBe('guide');
    expect(pageTypeOf('/faq')).toBe('listing');
    expect(pageTypeOf('/faq/does-it-hurt')).toBe('faq');
    expect(pageTypeOf('/faq/topics/safety')).toBe('listing');
    expect(pageTypeOf('/procedures/compare')).toBe('listing');
    expect(pageTypeOf('/glossary')).toBe('listing');
    expect(pageTypeOf('/glossary/b')).toBe('glossary');
    expect(pageTypeOf('/a-z/0-9')).toBe('listing');
    expect(pageTypeOf('/search')).toBe('search');
    expect(pageTypeOf('/about')).toBe('other');
    expect(pageTypeOf('/404')).toBe('other');
  });

  it('counts the scripts and styles a modern browser loads, each once', () => {
    const html =
      '<link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" href="/p.js"/>' +
      '<link rel="preload" as="font" href="/f.woff2"/><script src="/p.js" async=""></script>' +
      '<script src="/b.js"></script><script src="/legacy.js" noModule=""></script><script>inline()</script>';
    expect(assetsOf(html)).toEqual({
      scripts: ['/p.js', '/b.js'],
      styles: ['/a.css'],
    });
  });

  it('finds the font files a stylesheet can load, relative to the stylesheet', () => {
    const css =
      '@font-face{src:url(../media/a.woff2) format("woff2")}@font-face{src:url("/media/b.woff2")}' +
      '.x{background:url(/img.png)}';
    expect(fontsOf(css, '/_next/static/chunks/s.css')).toEqual([
      '/_next/static/media/a.woff2',
      '/media/b.woff2',
    ]);
  });

  it('weighs the HTML, scripts and CSS gzipped and the fonts as sent', () => {
    const files: Record<string, string> = {
      '/s.css': '@font-face{src:url(/f.woff2)}'.padEnd(5000, ' '),
      '/a.js': 'console.log(1);'.repeat(100),
      '/f.woff2': 'x'.repeat(3000),
    };
    const html = '<link rel="stylesheet" href="/s.css"><script src="/a.js"></script>';
    const weight = weighPage(html, (url) => Buffer.from(files[url]!));
    expect(weight).toEqual({
      htmlBytes: gzippedSize(html),
      scriptBytes: gzippedSize(files['/a.js']!),
      scriptFiles: 1,
      cssBytes: gzippedSize(files['/s.css']!),
      fontFiles: 1,
      fontBytes: 3000,
    });
  });

  it('names the page, the figure and the budget for each limit a page goes over', () => {
    const light = {
      htmlBytes: 12_000,
      scriptBytes: 3_500,
      scriptFiles: 1,
      cssBytes: 7_600,
      fontFiles: 1,
      fontBytes: 31_400,
    };
    expect(overBudget('/conditions/sciatica', light, budgets)).toEqual([]);
    expect(
      overBudget(
        '/conditions/sciatica',
        { ...light, htmlBytes: 15_234, scriptBytes: 6_100, fontFiles: 2, fontBytes: 40_000 },
        budgets,
      ),
    ).toEqual([
      '/conditions/sciatica: script is 6.1 KB gzipped, over the condition budget of 6 KB',
      '/conditions/sciatica: HTML is 15.2 KB gzipped, over the condition budget of 15 KB',
      '/conditions/sciatica: the first visit is 68.9 KB gzipped, over the condition budget of 60 KB',
      '/conditions/sciatica: can load 2 font files, over the budget of 1',
      '/conditions/sciatica: fonts total 40.0 KB, over the budget of 32 KB',
    ]);
  });
});
