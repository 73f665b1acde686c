import { expect, test } from '@playwright/test';
import { siteConfig } from '../../lib/site-config';
import { uiText } from '../../lib/ui-text';
import { conditions, faqs, list, procedures, text } from './library';

test('a reader can go from the home page to a condition, a procedure, a question and a glossary entry', async ({
  page,
}) => {
  const condition = conditions.find((c) => list(c, 'procedures').length > 0) ?? conditions[0]!;
  const procedure = procedures.find((p) => p.slug === list(condition, 'procedures')[0])!;
  const faq = faqs.find((f) => list(f, 'related').includes(`procedures/${procedure.slug}`))!;

  await page.goto('/');
  await page
    .getByRole('navigation', { name: uiText.nav.label })
    .getByRole('link', { name: uiText.nav.conditions })
    .click();
  await expect(page).toHaveURL(/\/conditions$/);
  await page
    .getByRole('link', { name: text(condition, 'title'), exact: true })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(condition, 'title'));

  await page
    .locator('section[aria-labelledby="related-procedures"]')
    .getByRole('link', { name: text(procedure, 'title') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(procedure, 'title'));

  await page
    .locator('section[aria-labelledby="related-questions"]')
    .getByRole('link', { name: text(faq, 'question') })
    .click();
  await expect(page).toHaveURL(new RegExp(`${faq.url}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(faq, 'question'));

  await page
    .getByRole('navigation', { name: uiText.nav.label })
    .getByRole('link', { name: uiText.nav.glossary })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    uiText.collections.glossary.title,
  );
});

test('a direct link to a section opens the page at that section', async ({ page }) => {
  const procedure = procedures[0]!;
  const response = await page.goto(`${procedure.url}#sources`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('#sources')).toBeInViewport();
});

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/conditions/no-such-condition');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText.notFound.title);
  await page.getByRole('link', { name: uiText.collections.conditions.title }).first().click();
  await expect(page).toHaveURL(/\/conditions$/);
});

test('the skip link is the first thing a keyboard reaches and moves focus to the content', async ({
  page,
}) => {
  await page.goto('/guides');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: uiText.skipToContent });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the header and footer show the clinic details from the site configuration', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('header')).toContainText(siteConfig.siteName);
  const footer = page.locator('footer');
  await expect(footer).toContainText(siteConfig.clinic.name);
  for (const line of siteConfig.clinic.addressLines) await expect(footer).toContainText(line);
  await expect(footer.getByRole('link', { name: siteConfig.clinic.phone })).toHaveAttribute(
    'href',
    `tel:${siteConfig.clinic.phone.replace(/[^\d+]/g, '')}`,
  );
  await expect(footer.getByRole('link', { name: uiText.footer.appointment })).toHaveAttribute(
    'href',
    siteConfig.clinic.appointmentUrl,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // The menu button only shows on narrow screens, so only the phone project runs this.
  test('the phone menu opens and its links work @phone-only', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: uiText.nav.label });
    const menu = nav.getByText(uiText.nav.menu);
    await expect(menu).toBeVisible();
    await menu.click();
    await nav.getByRole('link', { name: uiText.nav.procedures }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      uiText.collections.procedures.title,
    );
  });
});
