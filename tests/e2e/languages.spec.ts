/**
 * The two languages: every page links to its translation and says what language it is in,
 * the site never chooses a language for the reader, and the Spanish interface, feeds and
 * sitemap are in Spanish.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { uiTextFor } from '../../lib/ui-text';
import {
  conditions,
  faqs,
  guides,
  procedures,
  recordPagesChecked,
  spanish,
  spanishOf,
  type Page,
} from './library';

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

/** What a page says about its language and its translation. */
async function languageOf(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const alternate = (lang: string) =>
    attr(html, new RegExp(`<link rel="alternate" hrefLang="${lang}" href="https?://[^/]+([^"]*)"`));
  return {
    lang: attr(html, /<html lang="([^"]+)"/),
    switchTo: attr(html, /<p class="language-switch[^"]*"><a href="([^"]+)"/),
    en: alternate('en'),
    es: alternate('es'),
    xDefault: alternate('x-default'),
  };
}

const englishPages: Page[] = [...conditions, ...procedures, ...guides, ...faqs];

test('every English content page has a Spanish translation, and each links to the other', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const page of englishPages) {
    const translation = spanishOf(page);
    if (!translation) {
      problems.push(`${page.url} has no Spanish translation`);
      continue;
    }
    const en = await languageOf(request, page.url);
    const es = await languageOf(request, translation.url);
    const expected = { en: page.url, es: translation.url, xDefault: page.url };
    if (en.lang !== 'en-US') problems.push(`${page.url}: lang ${en.lang}`);
    if (es.lang !== 'es-US') problems.push(`${translation.url}: lang ${es.lang}`);
    if (en.switchTo !== translation.url) problems.push(`${page.url} switches to ${en.switchTo}`);
    if (es.switchTo !== page.url) problems.push(`${translation.url} switches to ${es.switchTo}`);
    for (const side of [en, es]) {
      const { en: enAlt, es: esAlt, xDefault } = side;
      if (JSON.stringify({ en: enAlt, es: esAlt, xDefault }) !== JSON.stringify(expected))
        problems.push(`${page.url}: hreflang ${JSON.stringify({ enAlt, esAlt, xDefault })}`);
    }
  }
  expect(problems).toEqual([]);
  expect(Object.values(spanish).flat().length).toBeGreaterThanOrEqual(englishPages.length);
  recordPagesChecked('translation links', englishPages.length * 2);
});

test('the fixed pages link to each other across languages, the letter Ñ included', async ({
  request,
}) => {
  for (const [english, spanishPath] of [
    ['/', '/es'],
    ['/conditions', '/es/afecciones'],
    ['/procedures/compare', '/es/procedimientos/comparar'],
    ['/where-does-it-hurt/lower-back', '/es/donde-le-duele/parte-baja-de-la-espalda'],
    ['/faq/topics/safety', '/es/preguntas/temas/seguridad'],
    ['/glossary/b', '/es/glosario/b'],
    ['/about', '/es/acerca-de'],
    ['/search', '/es/buscar'],
  ] as const) {
    expect((await languageOf(request, english)).switchTo, english).toBe(spanishPath);
    expect((await languageOf(request, spanishPath)).switchTo, spanishPath).toBe(english);
  }
  // Spanish files Ñ as its own letter; the English index has no such page to link to.
  const enie = await languageOf(request, '/es/glosario/enie');
  expect(enie.lang).toBe('es-US');
  expect(enie.switchTo).toBe('/');
});

test('the site never picks a language from the browser: each address always serves its own', async ({
  request,
}) => {
  const english = await request.get('/', { headers: { 'Accept-Language': 'es-MX,es;q=0.9' } });
  expect(english.status()).toBe(200);
  expect(await english.text()).toContain('<html lang="en-US"');
  const spanishHome = await request.get('/es', { headers: { 'Accept-Language': 'en-US,en' } });
  expect(spanishHome.status()).toBe(200);
  expect(await spanishHome.text()).toContain('<html lang="es-US"');
});

test('a Spanish page speaks Spanish around its content: header, menu, breadcrumbs and footer', async ({
  page,
}) => {
  const text = uiTextFor('es');
  await page.goto('/es/afecciones/ciatica');
  await expect(page.locator('.skip-link')).toHaveText(text.skipToContent);
  const nav = page.getByRole('navigation', { name: text.nav.label }).first();
  await expect(nav.getByRole('link', { name: text.nav.conditions })).toHaveAttribute(
    'href',
    '/es/afecciones',
  );
  await expect(
    page.getByRole('navigation', { name: text.breadcrumbs }).getByRole('link', {
      name: text.nav.home,
    }),
  ).toHaveAttribute('href', '/es');
  await expect(page.getByRole('link', { name: text.languageSwitch.otherName })).toHaveAttribute(
    'hreflang',
    'en',
  );
  await expect(page.locator('h2', { hasText: text.keyPoints }).first()).toBeVisible();
});

test('the sitemap lists every page with its translation in the other language', async ({
  request,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('<loc>https://pain-care-guide.example/es/afecciones/ciatica</loc>');
  expect(xml).toMatch(
    /<xhtml:link rel="alternate" hreflang="es" href="https:\/\/pain-care-guide\.example\/es\/afecciones\/ciatica"\s*\/>/,
  );
  expect(xml).toMatch(
    /<xhtml:link rel="alternate" hreflang="x-default" href="https:\/\/pain-care-guide\.example\/conditions\/sciatica"\s*\/>/,
  );
});

test('each language has its own RSS and Atom feeds', async ({ request }) => {
  const rss = await (await request.get('/es/feed.xml')).text();
  expect(rss).toContain('<language>es-US</language>');
  expect(rss).toContain('/es/afecciones/ciatica</link>');
  expect(rss).not.toContain('/conditions/sciatica');
  const atom = await (await request.get('/es/atom.xml')).text();
  expect(atom).toContain('xml:lang="es-US"');
  const english = await (await request.get('/feed.xml')).text();
  expect(english).toContain('<language>en-US</language>');
  expect(english).not.toContain('/es/');
});

test('a Spanish page says what it is to search engines in Spanish', async ({ request }) => {
  const html = await (await request.get('/es/procedimientos/bloqueo-de-rama-medial')).text();
  expect(html).toContain('<meta property="og:locale" content="es_US"/>');
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([^<]+)<\/script>/g)]
    .map((m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>)
    .flatMap((data) => (Array.isArray(data) ? data : [data]));
  expect(jsonLd.some((data) => data.inLanguage === 'es-US')).toBe(true);
  const image = await request.get('/es/procedimientos/bloqueo-de-rama-medial/opengraph-image');
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toContain('image/png');
});

test('a Spanish procedure page shows every part in Spanish: key points, at a glance, drawing, care cards, sources and review dates', async ({
  page,
}) => {
  const text = uiTextFor('es');
  const translation = spanish.procedures.find(
    (p) => p.data.translationOf === 'medial-branch-block',
  )!;
  await page.goto(translation.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(translation.data.title));
  for (const heading of [text.keyPoints, text.atAGlance, text.questionsToAsk, text.sources])
    await expect(page.getByRole('heading', { name: heading, exact: true }).first()).toBeVisible();
  await expect(page.locator('.anatomy-figure figcaption')).toBeVisible();
  await expect(page.locator('.care-card').first()).toContainText('911');
  await expect(page.getByText(text.lastReviewed).first()).toBeVisible();
  // The Spanish page takes its relations from its English original, shown in Spanish.
  const related = page.locator('[aria-labelledby="related-conditions"] a');
  expect(await related.count()).toBeGreaterThan(0);
  for (const href of await related.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^\/es\/afecciones\//);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a Spanish reader finds a procedure from the home page, the menu and the A to Z index', async ({
    page,
  }) => {
    const text = uiTextFor('es');
    await page.goto('/es');
    await page.getByRole('link', { name: text.procedureKindHeadings.injection }).first().click();
    await expect(page).toHaveURL(/\/es\/procedimientos#kind-injection$/);
    await page
      .getByRole('link', { name: 'Inyección epidural de esteroides', exact: true })
      .first()
      .click();
    await expect(page).toHaveURL('/es/procedimientos/inyeccion-epidural-de-esteroides');
    await page.goto('/es/a-z/b');
    await expect(
      page.getByRole('link', { name: 'Bloqueo de rama medial' }).first(),
    ).toHaveAttribute('href', '/es/procedimientos/bloqueo-de-rama-medial');
  });
});
