import { expect, test, type Page } from '@playwright/test';
import { siteConfig } from '../../lib/site-config';
import { fillText, uiText } from '../../lib/ui-text';
import { procedures, text } from './library';

/** Patient words, and the page each must bring up in the first three results. */
const QUERIES: [query: string, expected: string][] = [
  ['back shot', '/procedures/epidural-steroid-injection'],
  ['epidural', '/procedures/epidural-steroid-injection'],
  ['epideral', '/procedures/epidural-steroid-injection'],
  ['cortisone shot', '/procedures/steroid-joint-injections'],
  ['nerve burning', '/procedures/radiofrequency-ablation'],
  ['permanent nerve block', '/procedures/radiofrequency-ablation'],
  ['gel shot knee', '/procedures/hyaluronic-acid-injections'],
  ['pinched nerve', '/conditions/sciatica'],
  ['sciatica', '/conditions/sciatica'],
  ['knee arthritis', '/conditions/knee-and-hip-osteoarthritis'],
  ['migraine', '/conditions/headache-migraine-and-occipital-neuralgia'],
  ['neck pain', '/conditions/neck-pain'],
  ['spinal cord stimulator', '/procedures/spinal-cord-stimulation'],
  ['pain pump', '/procedures/intrathecal-pain-pump'],
  ['PRP', '/procedures/platelet-rich-plasma'],
  ['stem cell', '/procedures/bone-marrow-aspirate-concentrate'],
  ['fibromyalgia', '/conditions/fibromyalgia'],
  ['muscle knot', '/procedures/trigger-point-injections'],
  ['CRPS', '/conditions/complex-regional-pain-syndrome'],
  ['failed back surgery', '/conditions/persistent-pain-after-spine-surgery'],
  ['spine fracture', '/conditions/vertebral-compression-fractures'],
  ['kyphoplasty', '/procedures/vertebroplasty-and-kyphoplasty'],
  ['burning feet', '/conditions/peripheral-and-diabetic-neuropathy'],
  ['SI joint', '/conditions/sacroiliac-joint-pain'],
  ['facet joint', '/conditions/facet-joint-pain'],
  ['stellate ganglion', '/procedures/sympathetic-nerve-blocks'],
  ['medial branch block', '/procedures/medial-branch-block'],
  ['chronic pain', '/guides/what-is-chronic-pain'],
  ['opioids', '/guides/reducing-reliance-on-pain-medicines'],
  ['choosing a pain doctor', '/guides/choosing-a-pain-specialist'],
  ['blood thinner', '/guides/preparing-for-a-procedure'],
  ['stimulator trial', '/procedures/spinal-cord-stimulation'],
];

/** Spanish patient words, searched on the Spanish search page, and the page each must bring up. */
const SPANISH_QUERIES: [query: string, expected: string][] = [
  ['inyección en la espalda', '/es/procedimientos/inyeccion-epidural-de-esteroides'],
  ['inyeccion en la espalda', '/es/procedimientos/inyeccion-epidural-de-esteroides'],
  ['epidural', '/es/procedimientos/inyeccion-epidural-de-esteroides'],
  ['quemar el nervio', '/es/procedimientos/ablacion-por-radiofrecuencia'],
  ['estimulador', '/es/procedimientos/estimulacion-de-la-medula-espinal'],
  ['bomba para el dolor', '/es/procedimientos/bomba-intratecal-para-el-dolor'],
  ['nervio pinchado', '/es/afecciones/ciatica'],
  ['ciática', '/es/afecciones/ciatica'],
  ['dolor de cintura', '/es/afecciones/dolor-cronico-de-la-parte-baja-de-la-espalda'],
  ['artritis en la rodilla', '/es/afecciones/artrosis-de-rodilla-y-cadera'],
  ['gel en la rodilla', '/es/procedimientos/inyecciones-de-acido-hialuronico'],
  ['cortisona', '/es/procedimientos/inyecciones-de-esteroides-en-las-articulaciones'],
  ['migraña', '/es/afecciones/dolor-de-cabeza-migrana-y-neuralgia-occipital'],
  ['jaqueca', '/es/afecciones/dolor-de-cabeza-migrana-y-neuralgia-occipital'],
  ['dolor de cuello', '/es/afecciones/dolor-de-cuello'],
  ['culebrilla', '/es/afecciones/culebrilla-y-neuralgia-posherpetica'],
  ['fibromialgia', '/es/afecciones/fibromialgia'],
  ['nudo en el músculo', '/es/procedimientos/inyecciones-en-puntos-gatillo'],
  ['células madre', '/es/procedimientos/concentrado-de-aspirado-de-medula-osea'],
  ['PRP', '/es/procedimientos/plasma-rico-en-plaquetas'],
  ['fractura de columna', '/es/afecciones/fracturas-vertebrales-por-compresion'],
  ['ardor en los pies', '/es/afecciones/neuropatia-periferica-y-diabetica'],
  ['dolor crónico', '/es/guias/que-es-el-dolor-cronico'],
  ['opioides', '/es/guias/depender-menos-de-las-medicinas-para-el-dolor'],
  ['bloqueo de rama medial', '/es/procedimientos/bloqueo-de-rama-medial'],
];

/** Runs a search on the search page as a reader would, and returns the results' addresses. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const box = page.locator('#search-query');
  await box.fill(query);
  await box.press('Enter');
  await expect(page.locator('main').getByRole('status')).toContainText(`“${query}”`);
  return page
    .locator('.search-result > a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test(`${QUERIES.length} patient-language searches each find the right page in the top 3`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/search');
  const misses: string[] = [];
  for (const [query, expected] of QUERIES) {
    const top3 = (await searchFor(page, query)).slice(0, 3).map((url) => url.replace(/#.*$/, ''));
    if (!top3.includes(expected))
      misses.push(`"${query}" should find ${expected}; top 3: ${top3.join(', ') || 'nothing'}`);
  }
  expect(misses).toEqual([]);
});

test(`${SPANISH_QUERIES.length} Spanish patient-language searches each find the right Spanish page in the top 3`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/es/buscar');
  const misses: string[] = [];
  for (const [query, expected] of SPANISH_QUERIES) {
    const results = await searchFor(page, query);
    const top3 = results.slice(0, 3).map((url) => url.replace(/#.*$/, ''));
    if (!top3.includes(expected))
      misses.push(`"${query}" should find ${expected}; top 3: ${top3.join(', ') || 'nothing'}`);
    // Spanish search finds Spanish pages only: each language has its own index.
    const english = results.filter((url) => !url.startsWith('/es/'));
    if (english.length > 0) misses.push(`"${query}" found English pages: ${english.join(', ')}`);
  }
  expect(misses).toEqual([]);
});

test('English search finds English pages only', async ({ page }) => {
  await page.goto('/search');
  const results = await searchFor(page, 'epidural');
  expect(results.length).toBeGreaterThan(0);
  expect(results.filter((url) => url.startsWith('/es/'))).toEqual([]);
});

test('a question in everyday words finds its page, though not every word is on it', async ({
  page,
}) => {
  await page.goto('/search');
  // "my" and "down" are not words the sciatica page needs to hold for this to find it.
  expect((await searchFor(page, 'pain shooting down my leg')).slice(0, 3)).toContain(
    '/conditions/sciatica',
  );
  const backShot = await searchFor(page, 'shot in my back for leg pain');
  expect(backShot.slice(0, 3)).toContain('/procedures/epidural-steroid-injection');
  expect(backShot).toContain('/conditions/sciatica');
});

test('when no page has every word, search says which words it searched for instead', async ({
  page,
}) => {
  await page.goto('/search');
  const results = await searchFor(page, 'sciatica zzzzqqq');
  expect(results[0]).toBe('/conditions/sciatica');
  await expect(page.locator('main').getByRole('status')).toContainText(
    fillText(uiText.search.searchedInstead, {
      query: 'sciatica zzzzqqq',
      words: 'sciatica',
      count: String(results.length),
    }).split(' Showing')[0]!,
  );
  await expect(page.locator('main').getByRole('status')).toContainText('“sciatica”');
});

test('a synonym lifts the page it names, and no other', async ({ page }) => {
  await page.goto('/search');
  const results = await searchFor(page, 'burning nerves');
  const ablation = results.indexOf('/procedures/radiofrequency-ablation');
  const block = results.indexOf('/procedures/medial-branch-block');
  expect(ablation).toBeGreaterThanOrEqual(0);
  if (block >= 0) expect(ablation).toBeLessThan(block);
});

test('results quote the page, never its hidden list of search words', async ({ page }) => {
  await page.goto('/search');
  // Words only the hidden lists hold: misspellings and slang.
  const hiddenOnly = ['epideral', 'epi-dural', 'jab', 'rhizotomy, RF'];
  for (const query of ['back shot', 'epideral', 'nerve burning', 'shot']) {
    await searchFor(page, query);
    const passages = await page.locator('.search-result > p.mt-1').allTextContents();
    expect(passages.length, query).toBeGreaterThan(0);
    for (const passage of passages)
      for (const word of hiddenOnly) expect(passage, `${query}: ${passage}`).not.toContain(word);
  }
  // Where only the hidden words matched, the result shows the page's description.
  await searchFor(page, 'epideral');
  const epidural = procedures.find((p) => p.slug === 'epidural-steroid-injection')!;
  await expect(page.locator('.search-result').first()).toContainText(text(epidural, 'description'));
});

test('a glossary result is titled by its term and opens at its entry', async ({ page }) => {
  await page.goto('/search');
  await page.getByLabel(uiText.search.filterLabel).selectOption(uiText.collections.glossary.single);
  const results = await searchFor(page, 'fluoroscopy');
  expect(results[0]).toBe('/glossary/f#fluoroscopy');
  const first = page.locator('.search-result > a').first();
  await expect(first).toHaveText('Fluoroscopy');
  await first.click();
  await expect(page).toHaveURL(/\/glossary\/f#fluoroscopy$/);
});

test('on a phone, the query box fills the row, and the header box keeps the query @phone-only', async ({
  page,
}) => {
  await page.goto('/search?q=sciatica');
  await expect(page.locator('.search-result').first()).toBeVisible();
  const box = (await page.locator('#search-query').boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.width).toBeGreaterThan(viewport.width * 0.8);
  await expect(page.locator('#site-search')).toHaveValue('sciatica');
});

test('a reader can search from the header, narrow by type, and open a result, by keyboard', async ({
  page,
}) => {
  await page.goto('/');
  const header = page.locator('header');
  await header.getByRole('searchbox', { name: uiText.search.label }).fill('nerve burning');
  await header.getByRole('searchbox', { name: uiText.search.label }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=nerve\+burning/);
  const status = page.locator('main').getByRole('status');
  await expect(status).toContainText('for “nerve burning”');
  await expect(
    page.locator('.search-result a', { hasText: 'Radiofrequency' }).first(),
  ).toBeVisible();
  await expect(page.locator('.search-result mark').first()).toBeVisible();

  // Questions are short pages of their own: a plain word finds several.
  const searchbox = page.getByRole('searchbox', { name: uiText.search.label, exact: true }).last();
  await searchbox.fill('injection');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('for “injection”');
  await page.getByLabel(uiText.search.filterLabel).selectOption(uiText.collections.faqs.single);
  await expect(page).toHaveURL(/type=Question/);
  await expect(page.locator('.search-result').first()).toContainText(
    uiText.collections.faqs.single,
  );
  // Every result shown is a question (results may still be arriving, so this is polled).
  await expect
    .poll(async () => new Set(await page.locator('.search-result p.text-muted').allTextContents()))
    .toEqual(new Set([uiText.collections.faqs.single]));

  await searchbox.fill('zzzzqqq');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('No pages match “zzzzqqq”');
});

test('the search page does not move when the script swaps its message for the form @phone', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/search');
  await expect(page.locator('#search-query')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to every list', async ({ page }) => {
    await page.goto('/search?q=sciatica');
    await expect(page.getByText(uiText.search.needsJavaScript)).toBeVisible();
    const main = page.locator('main');
    for (const [href, name] of [
      ['/conditions', uiText.nav.conditions],
      ['/procedures', uiText.nav.procedures],
      ['/guides', uiText.nav.guides],
      ['/faq', uiText.nav.faq],
      ['/glossary', uiText.nav.glossary],
    ])
      await expect(main.getByRole('link', { name, exact: true })).toHaveAttribute('href', href!);
    // The form would do nothing without JavaScript, so it is not offered.
    await expect(main.getByRole('searchbox')).toHaveCount(0);
  });
});

test('only page content is indexed: not the header, navigation, breadcrumbs or footer', async ({
  page,
}) => {
  await page.goto('/search');
  const indexed = await page.evaluate(async () => {
    const pagefind = (await import('/pagefind/pagefind.js' as string)) as {
      search: (
        q: string,
      ) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>;
    };
    const [first] = (await pagefind.search('sciatica')).results;
    return first ? first.data() : undefined;
  });
  expect(indexed?.url).toBe('/conditions/sciatica.html');
  expect(indexed?.content).toContain('Key points');
  for (const chrome of [
    uiText.skipToContent,
    uiText.footer.disclaimer,
    siteConfig.clinic.addressLines[1]!,
    uiText.breadcrumbs,
  ]) {
    expect(indexed?.content).not.toContain(chrome);
  }
});
