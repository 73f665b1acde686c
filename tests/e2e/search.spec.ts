import { expect, test } from '@playwright/test';
import { siteConfig } from '../../lib/site-config';
import { uiText } from '../../lib/ui-text';
import { SEARCH_RANKING } from '../../lib/search-ranking';

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

test(`${QUERIES.length} patient-language searches each find the right page in the top 3`, async ({
  page,
}) => {
  await page.goto('/search');
  const top3 = await page.evaluate(
    async ([queries, ranking]) => {
      const pagefind = (await import('/pagefind/pagefind.js' as string)) as {
        options: (options: { ranking: typeof SEARCH_RANKING }) => Promise<void>;
        search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      };
      // Ranked as the search box ranks them.
      await pagefind.options({ ranking });
      const found: Record<string, string[]> = {};
      for (const [query] of queries) {
        const search = await pagefind.search(query);
        const urls = await Promise.all(
          search.results.slice(0, 3).map((r) => r.data().then((d) => d.url)),
        );
        found[query] = urls.map((url) => url.replace(/\.html(?=$|#)/, '').replace(/#.*$/, ''));
      }
      return found;
    },
    [QUERIES, SEARCH_RANKING] as const,
  );
  const misses = QUERIES.filter(([query, expected]) => !top3[query]?.includes(expected)).map(
    ([query, expected]) =>
      `"${query}" should find ${expected}; top 3: ${top3[query]?.join(', ') || 'nothing'}`,
  );
  expect(misses).toEqual([]);
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and points to the lists', async ({ page }) => {
    await page.goto('/search?q=sciatica');
    await expect(page.getByText(uiText.search.needsJavaScript)).toBeVisible();
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
