/**
 * The page design of issue #12: a home page that leads with the reader's task, a calm type
 * scale with one size per heading level, and a compact header that lines up with the content.
 */
import { expect, test, type Page } from '@playwright/test';
import { BODY_MAP_PATH } from '../../lib/content/site-paths';
import { PROCEDURE_KINDS } from '../../lib/content/schema';
import { siteConfig } from '../../lib/site-config';
import { uiText } from '../../lib/ui-text';
import { conditions, procedures } from './library';

const procedure = procedures.find((p) => p.slug === 'epidural-steroid-injection') ?? procedures[0]!;
const condition = conditions.find((c) => c.slug === 'sciatica') ?? conditions[0]!;
const PHONE_SCREEN = { width: 412, height: 915 };

/** Whether an element lies wholly within the first screen of the page. */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE_SCREEN.height;
}

test.describe('the home page on a phone', () => {
  test.use({ viewport: PHONE_SCREEN });

  test('its first screen leads to the emergency number, search, procedures by kind and the body map @phone-only', async ({
    page,
  }) => {
    await page.goto('/');
    const main = page.locator('main');

    const emergency = main
      .locator('.home-emergency')
      .getByRole('link', { name: siteConfig.emergencyNumber, exact: true });
    await expect(emergency).toHaveAttribute('href', `tel:${siteConfig.emergencyNumber}`);
    expect(await inFirstScreen(page, '.home-emergency')).toBe(true);

    const booked = main.getByRole('region', { name: uiText.home.booked.heading });
    const kinds = booked.getByRole('link');
    const kindsWithPages = new Set(procedures.map((p) => p.data.kind));
    expect(await kinds.count()).toBe(PROCEDURE_KINDS.filter((k) => kindsWithPages.has(k)).length);
    expect(await inFirstScreen(page, '.home-task:has(#booked)')).toBe(true);

    const bodyMap = main.getByRole('link', { name: uiText.home.bodyMap.heading });
    await expect(bodyMap).toHaveAttribute('href', BODY_MAP_PATH);
    expect(await inFirstScreen(page, '.home-task:has(#body-map)')).toBe(true);

    const search = main.getByRole('searchbox', { name: uiText.home.searchLabel });
    expect(await inFirstScreen(page, '.home-search')).toBe(true);

    // Each way in works: a kind opens its section of the procedures list, and search searches.
    await kinds.filter({ hasText: uiText.procedureKindHeadings['nerve-block'] }).click();
    await expect(page).toHaveURL(/\/procedures#kind-nerve-block$/);
    await expect(
      page.getByRole('heading', { name: uiText.procedureKindHeadings['nerve-block'] }),
    ).toBeInViewport();
    await page.goBack();
    await search.fill('sciatica');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=sciatica$/);
    await expect(page.locator('.search-result').first()).toBeVisible();
  });
});

for (const url of ['/', procedure.url, condition.url]) {
  test(`${url} has one size per heading level, 18px body text on a 1.5 line, and care cards no smaller @phone`, async ({
    page,
  }) => {
    await page.goto(url);
    const sizes = (selector: string) =>
      page.$$eval(selector, (els) => [
        ...new Set(els.map((el) => parseFloat(getComputedStyle(el).fontSize))),
      ]);
    const h2 = await sizes('h2');
    const h3 = await sizes('h3');
    expect(h2).toHaveLength(1);
    expect(h3).toHaveLength(1);
    expect(h2[0]!).toBeGreaterThan(h3[0]!);

    const body = await page
      .locator(url === '/' ? 'main p:not(.language-switch)' : '.article-body p')
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return { size: parseFloat(style.fontSize), line: parseFloat(style.lineHeight) };
      });
    expect(body.size).toBeGreaterThanOrEqual(17.5);
    expect(body.size).toBeLessThanOrEqual(18.5);
    expect(body.line / body.size).toBeGreaterThanOrEqual(1.4);
    expect(body.line / body.size).toBeLessThanOrEqual(1.6);

    const cardText = await sizes('.care-card-body, .care-card-body *');
    expect(cardText.length).toBeGreaterThan(0);
    for (const size of cardText) expect(size).toBeGreaterThanOrEqual(body.size);
  });
}

test('on a desktop the header lines up with the page content, and its links fit one row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(procedure.url);
  const left = async (selector: string) => (await page.locator(selector).first().boundingBox())!.x;
  expect(Math.abs((await left('header .site-name')) - (await left('main h1')))).toBeLessThan(1);
  expect(
    Math.abs((await left('.desktop-nav-list .nav-link')) - (await left('main h1'))),
  ).toBeLessThan(12);
  const links = page.locator('.desktop-nav-list .nav-link');
  const tops = new Set(
    await links.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top))),
  );
  expect(tops.size).toBe(1);
});

test('on a phone the header is one short row and the title starts near the top @phone-only', async ({
  page,
}) => {
  await page.goto(procedure.url);
  const header = (await page.locator('header').first().boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(80);
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(title.y).toBeLessThan(200);
  // Search stays one tap away, without JavaScript: a plain link to the search page.
  await expect(
    page.locator('header').getByRole('link', { name: uiText.search.title }),
  ).toHaveAttribute('href', '/search');
});
