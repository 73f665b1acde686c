import { expect, test, type Page as BrowserPage } from '@playwright/test';
import { BODY_AREAS, type BodyArea } from '../../lib/content/schema';
import { BODY_MAP_PATH, bodyAreaPath } from '../../lib/content/site-paths';
import { uiText } from '../../lib/ui-text';
import { conditions, list, text } from './library';

const text_ = uiText.bodyMap;
const conditionsIn = (area: BodyArea) =>
  conditions.filter((condition) => list(condition, 'bodyAreas').includes(area));

const bodyMap = (page: BrowserPage) => page.getByRole('navigation', { name: text_.mapLabel });
const figures = (page: BrowserPage) =>
  bodyMap(page).getByRole('group', { name: text_.figuresLabel });

/** Checks the area's page: its title, the area marked on the map, and its conditions. */
async function expectAreaPage(page: BrowserPage, area: BodyArea) {
  const name = uiText.bodyAreas[area];
  await expect(page).toHaveURL(new RegExp(`${bodyAreaPath(area)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text_.areaTitle(name));
  const marked = bodyMap(page).locator('a[aria-current="page"]');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveAccessibleName(name);
  const listed = page.locator('section[aria-labelledby="area-conditions"] li');
  const expected = conditionsIn(area);
  await expect(listed).toHaveCount(expected.length);
  for (const condition of expected) {
    const item = listed.filter({ has: page.locator(`a[href="${condition.url}"]`) });
    await expect(item.getByRole('link')).toHaveText(text(condition, 'title'));
    await expect(item).toContainText(text(condition, 'description'));
  }
  if (expected.length === 0) await expect(page.getByText(text_.empty)).toBeVisible();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header leads to "Where does it hurt?", and so does the conditions page', async ({
    page,
  }) => {
    await page.goto('/guides');
    await page
      .getByRole('navigation', { name: uiText.nav.label })
      .getByRole('link', { name: uiText.nav.bodyMap })
      .click();
    await expect(page).toHaveURL(new RegExp(`${BODY_MAP_PATH}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text_.heading);
    await expect(figures(page)).toBeVisible();

    await page.goto('/conditions');
    await page.getByRole('main').getByRole('link', { name: text_.heading }).click();
    await expect(page).toHaveURL(new RegExp(`${BODY_MAP_PATH}$`));
  });

  test('choosing the lower back on the figure marks it and lists its conditions with their descriptions', async ({
    page,
  }) => {
    await page.goto(BODY_MAP_PATH);
    await figures(page).getByRole('link', { name: uiText.bodyAreas['lower-back'] }).click();
    await expectAreaPage(page, 'lower-back');
    const sciatica = conditions.find((condition) => condition.slug === 'sciatica')!;
    await expect(page.getByRole('link', { name: text(sciatica, 'title') })).toBeVisible();
    await expect(page.getByText(text(sciatica, 'description'))).toBeVisible();
    // The chosen area is hatched and outlined, not only coloured.
    const zone = figures(page).locator('a[aria-current="page"] .bm-zone').first();
    await expect(zone).toHaveCSS('fill', /url\("?#body-map-hatch"?\)/);
    expect(
      parseFloat(await zone.evaluate((el) => getComputedStyle(el).strokeWidth)),
    ).toBeGreaterThanOrEqual(4);
  });

  test('"Whole body" beside the figures lists fibromyalgia', async ({ page }) => {
    await page.goto(BODY_MAP_PATH);
    await bodyMap(page).getByRole('link', { name: uiText.bodyAreas['whole-body'] }).click();
    await expectAreaPage(page, 'whole-body');
    const fibromyalgia = conditions.find((condition) => condition.slug === 'fibromyalgia')!;
    await expect(page.getByText(text(fibromyalgia, 'description'))).toBeVisible();
  });

  test('every body area has its page, even with nothing filed under it, and the map links to each', async ({
    page,
  }) => {
    await page.goto(BODY_MAP_PATH);
    const hrefs = await bodyMap(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect([...hrefs].sort()).toEqual(BODY_AREAS.map(bodyAreaPath).sort());
    for (const area of BODY_AREAS) {
      await page.goto(bodyAreaPath(area));
      await expectAreaPage(page, area);
    }
  });

  test('the plain list beside the map names every condition under each area it is felt in', async ({
    page,
  }) => {
    await page.goto(BODY_MAP_PATH);
    const areas = page.locator('section[aria-labelledby="body-areas"]');
    for (const area of BODY_AREAS.filter((a) => conditionsIn(a).length > 0)) {
      const group = areas
        .locator('div')
        .filter({ has: page.getByRole('heading', { name: uiText.bodyAreas[area], exact: true }) });
      await expect(group.getByRole('heading').getByRole('link')).toHaveAttribute(
        'href',
        bodyAreaPath(area),
      );
      for (const condition of conditionsIn(area))
        await expect(group.locator(`a[href="${condition.url}"]`)).toHaveText(
          text(condition, 'title'),
        );
    }
  });

  test('the map works from the keyboard, head to foot, with a visible focus', async ({ page }) => {
    await page.goto(BODY_MAP_PATH);
    const wholeBody = bodyMap(page).getByRole('link', { name: uiText.bodyAreas['whole-body'] });
    await wholeBody.focus();
    await page.keyboard.press('Tab');
    const head = figures(page).getByRole('link', { name: uiText.bodyAreas.head });
    await expect(head).toBeFocused();
    const zone = head.locator('.bm-zone').first();
    const unfocusedFill = await figures(page)
      .getByRole('link', { name: uiText.bodyAreas.neck })
      .locator('.bm-zone')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    await expect(zone).not.toHaveCSS('fill', unfocusedFill);
    await page.keyboard.press('Tab');
    await expect(figures(page).getByRole('link', { name: uiText.bodyAreas.neck })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectAreaPage(page, 'neck');
  });

  test('on a phone, every part of the figure is a named link at least 44 by 44 px @phone-only', async ({
    page,
  }) => {
    await page.goto(BODY_MAP_PATH);
    const names = Object.values(uiText.bodyAreas);
    for (const link of await bodyMap(page).getByRole('link').all()) {
      const name = (await link.getAttribute('aria-label')) ?? (await link.textContent());
      expect(names).toContain(name?.trim());
    }
    const wholeBody = await bodyMap(page)
      .getByRole('link', { name: uiText.bodyAreas['whole-body'] })
      .boundingBox();
    expect(wholeBody!.height).toBeGreaterThanOrEqual(44);
    expect(wholeBody!.width).toBeGreaterThanOrEqual(44);
    // Each touchable part of a region: big enough, and a tap at its centre lands on its own link.
    const targets = await figures(page)
      .locator('a .bm-hit')
      .evaluateAll((hits) =>
        hits.map((hit) => {
          hit.scrollIntoView({ block: 'center', behavior: 'instant' });
          const box = hit.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          const owner = hit.closest('a');
          const tapped = document.elementFromPoint(x, y)?.closest('a');
          return {
            name: owner?.getAttribute('aria-label'),
            width: box.width,
            height: box.height,
            tapsItself: tapped === owner,
          };
        }),
      );
    expect(targets.length).toBeGreaterThanOrEqual(BODY_AREAS.length);
    for (const target of targets) {
      expect(target.width, target.name ?? '').toBeGreaterThanOrEqual(44);
      expect(target.height, target.name ?? '').toBeGreaterThanOrEqual(44);
      expect(target.tapsItself, target.name ?? '').toBe(true);
    }
  });
});
