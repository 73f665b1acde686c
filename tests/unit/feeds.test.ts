import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, rssFeed } from '@/lib/feeds';
import { siteConfig } from '@/lib/site-config';

const info = {
  title: 'Site & more',
  description: 'About <pain>',
  language: 'en-US',
  home: '/',
  rss: '/feed.xml',
  atom: '/atom.xml',
};
const items = [
  {
    title: 'Newer',
    description: 'A "quoted" page',
    url: '/guides/newer',
    lastReviewed: '2026-11-20T00:00:00.000Z',
  },
  { title: 'Older', description: 'Another page', url: '/guides/older', lastReviewed: '2025-01-02' },
];

describe('feeds', () => {
  it('escapes XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });

  it('builds RSS 2.0 with dates from review dates, never the build time', () => {
    const rss = rssFeed(info, items);
    expect(rss).toContain('<rss version="2.0"');
    expect(rss).toContain('<title>Site &amp; more</title>');
    expect(rss).toContain(`<link>${siteConfig.baseUrl}/guides/newer</link>`);
    expect(rss).toContain('<pubDate>Fri, 20 Nov 2026 00:00:00 GMT</pubDate>');
    expect(rss).toContain('<lastBuildDate>Fri, 20 Nov 2026 00:00:00 GMT</lastBuildDate>');
    expect(rssFeed(info, items)).toBe(rss);
  });

  it('builds Atom with an entry per page', () => {
    const atom = atomFeed(info, items);
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atom).toContain('<updated>2026-11-20T00:00:00Z</updated>');
    expect(atom.match(/<entry>/g)).toHaveLength(2);
    expect(atom).toContain('<summary>A &quot;quoted&quot; page</summary>');
  });
});
