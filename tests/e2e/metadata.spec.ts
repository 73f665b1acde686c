import { expect, test } from '@playwright/test';
import { siteConfig } from '../../lib/site-config';
import { allPages, conditions, faqs, guides, procedures, sitemapPaths } from './library';

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

type PageMeta = {
  path: string;
  title?: string;
  description?: string;
  canonical?: string;
  ogImage?: string;
  jsonLd: Record<string, unknown>[];
};

function readMeta(path: string, html: string): PageMeta {
  return {
    path,
    title: attr(html, /<title>([^<]*)<\/title>/),
    description: attr(html, /<meta name="description" content="([^"]*)"/),
    canonical: attr(html, /<link rel="canonical" href="([^"]*)"/),
    ogImage: attr(html, /<meta property="og:image" content="([^"]*)"/),
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].flatMap(
      (m) => {
        const data = JSON.parse(m[1]!) as Record<string, unknown> | Record<string, unknown>[];
        return Array.isArray(data) ? data : [data];
      },
    ),
  };
}

test('the sitemap, RSS and Atom feeds parse as XML and list every content page', async ({
  page,
  request,
}) => {
  const contentPaths = [...conditions, ...procedures, ...guides].map((doc) => doc.url);
  await page.goto('/');
  for (const [file, linkPattern] of [
    ['/sitemap.xml', /<loc>([^<]+)<\/loc>/g],
    ['/feed.xml', /<link>([^<]+)<\/link>/g],
    ['/atom.xml', /<link href="([^"]+)"\/>/g],
  ] as const) {
    const xml = await (await request.get(file)).text();
    const parseError = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror')
          .length,
      xml,
    );
    expect(parseError, file).toBe(0);
    const listed = new Set([...xml.matchAll(linkPattern)].map((m) => new URL(m[1]!).pathname));
    for (const path of contentPaths) expect(listed.has(path), `${file} lists ${path}`).toBe(true);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${siteConfig.baseUrl}/sitemap.xml`);
});

test('every page has a unique title, description and canonical address, an Open Graph image and valid JSON-LD', async ({
  request,
}) => {
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(50);
  const pages: PageMeta[] = [];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, `${path} is in the sitemap, so must be indexable`).not.toMatch(
      /name="robots"[^>]*noindex/,
    );
    pages.push(readMeta(path, html));
  }

  for (const field of ['title', 'description', 'canonical'] as const) {
    const values = pages.map((p) => p[field]);
    for (const p of pages) expect(p[field], `${p.path} has a ${field}`).toBeTruthy();
    expect(new Set(values).size, `every ${field} is unique`).toBe(values.length);
  }

  for (const p of pages) {
    // Next writes the home page's canonical address without its trailing slash.
    expect(p.canonical).toBe(`${siteConfig.baseUrl}${p.path === '/' ? '' : p.path}`);
    expect(
      p.title === siteConfig.siteName || p.title?.endsWith(` | ${siteConfig.siteName}`),
      p.path,
    ).toBe(true);
    const image = await request.get(new URL(p.ogImage!).pathname);
    expect(image.status(), `${p.path} Open Graph image`).toBe(200);
    expect(image.headers()['content-type'], `${p.path} Open Graph image type`).toBe('image/png');
    expect(
      (await image.body()).subarray(1, 4).toString(),
      `${p.path} Open Graph image is a PNG`,
    ).toBe('PNG');

    const types = p.jsonLd.map((data) => data['@type']);
    expect(types, p.path).toContain('BreadcrumbList');
    for (const data of p.jsonLd) expect(data['@context'], p.path).toBe('https://schema.org');
  }

  const typesAt = (path: string) =>
    pages.find((p) => p.path === path)!.jsonLd.map((d) => d['@type']);
  expect(typesAt('/')).toContain('MedicalClinic');
  for (const faq of faqs) {
    const data = pages
      .find((p) => p.path === faq.url)!
      .jsonLd.find((d) => d['@type'] === 'FAQPage');
    expect(data, faq.url).toMatchObject({
      mainEntity: [{ '@type': 'Question', name: String(faq.data.question) }],
    });
  }
  for (const doc of [...conditions, ...procedures, ...guides]) {
    const webPage = pages
      .find((p) => p.path === doc.url)!
      .jsonLd.find((d) => d['@type'] === 'MedicalWebPage');
    expect(webPage, doc.url).toMatchObject({ lastReviewed: String(doc.data.lastReviewed) });
    const about = (webPage as { about: { '@type': string } }).about['@type'];
    const expected = {
      conditions: 'MedicalCondition',
      procedures: 'MedicalProcedure',
      guides: 'Thing',
    }[doc.collection as 'conditions'];
    expect(about, doc.url).toBe(expected);
  }
});

test('only letter, topic and body-area pages that list nothing yet are left out of the sitemap, and they ask not to be indexed', async ({
  request,
}) => {
  const sitemap = new Set(await sitemapPaths(request));
  const left = allPages.filter((path) => !sitemap.has(path));
  for (const path of left) {
    expect(path, 'a page left out of the sitemap').toMatch(
      /^(\/es)?\/(glossary|glosario|a-z|where-does-it-hurt|donde-le-duele)\/[a-z0-9-]+$|^\/faq\/topics\/|^\/es\/preguntas\/temas\//,
    );
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toMatch(/<meta name="robots" content="noindex, follow"/);
  }
});
