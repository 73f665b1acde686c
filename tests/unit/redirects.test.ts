import { describe, expect, it } from 'vitest';
import {
  parsePublishedPaths,
  recordPaths,
  redirectPageHtml,
  redirectsOf,
  serveRedirects,
} from '@/lib/redirects';

describe('redirects', () => {
  const pages = [
    {
      collection: 'procedures' as const,
      slug: 'radiofrequency-ablation',
      title: 'RFA & more',
      redirectFrom: ['/procedures/rfa'],
      locale: 'en' as const,
    },
    {
      collection: 'guides' as const,
      slug: 'what-is-chronic-pain',
      title: 'Chronic pain',
      redirectFrom: [],
      locale: 'en' as const,
    },
  ];

  it('sends an old Spanish address to the Spanish page', () => {
    const spanish = {
      collection: 'procedures' as const,
      slug: 'ablacion-por-radiofrecuencia',
      title: 'Ablación',
      redirectFrom: ['/es/procedimientos/ablacion'],
      locale: 'es' as const,
    };
    expect(redirectsOf([spanish])).toEqual([
      {
        from: '/es/procedimientos/ablacion',
        to: '/es/procedimientos/ablacion-por-radiofrecuencia',
        title: 'Ablación',
      },
    ]);
  });

  it('lists a redirect for every old address, to the page it now belongs to', () => {
    expect(redirectsOf(pages)).toEqual([
      { from: '/procedures/rfa', to: '/procedures/radiofrequency-ablation', title: 'RFA & more' },
    ]);
    expect(serveRedirects(redirectsOf(pages))).toEqual([
      { source: '/procedures/rfa', destination: '/procedures/radiofrequency-ablation', type: 301 },
    ]);
  });

  it('writes a redirect page with a canonical link, an immediate refresh and a plain link', () => {
    const [redirect] = redirectsOf(pages);
    const html = redirectPageHtml(
      redirect!,
      'https://site.example/procedures/radiofrequency-ablation',
    );
    expect(html).toContain(
      '<link rel="canonical" href="https://site.example/procedures/radiofrequency-ablation">',
    );
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/procedures/radiofrequency-ablation">',
    );
    expect(html).toContain('<a href="/procedures/radiofrequency-ablation">RFA &amp; more</a>');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('records published paths once each, in order, and reads them back without comments', () => {
    expect(recordPaths(['/b', '/a'], ['/c', '/a'])).toEqual(['/a', '/b', '/c']);
    expect(parsePublishedPaths('# comment\n/a\n\n /b \n')).toEqual(['/a', '/b']);
  });
});
