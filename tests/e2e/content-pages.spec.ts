import { expect, test, type Page as BrowserPage } from '@playwright/test';
import { QUESTIONS_SHOWN_PER_TOPIC } from '../../lib/content/relations';
import { SECTION_IDS } from '../../lib/section-ids';
import { URGENCY_LEVELS } from '../../components/CareCard';
import { speaksOfSelfHarm } from '../../lib/content/urgency-rules';
import { smsHref, telHref } from '../../lib/phone';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../lib/site-config';
import { fillText, uiText } from '../../lib/ui-text';
import { INDEX_LETTERS, indexLetter } from '../../lib/content/index-letters';
import { TOPICS } from '../../lib/content/schema';
import { faqTopicPath, glossaryLetterPath } from '../../lib/content/site-paths';
import {
  conditions,
  factsUsedBy,
  faqs,
  glossary,
  guides,
  list,
  procedures,
  text,
  type Page,
} from './library';

type Source = { title: string; url: string };

/** The parts every condition, procedure and guide page shows. */
async function expectCommonParts(page: BrowserPage, doc: Page, crumb: string) {
  // A script error (such as React failing to take over the HTML and rendering the page again)
  // would drop what the build added to the page, its security policy among them.
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  const response = await page.goto(doc.url);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(`${text(doc, 'title')} | ${siteConfig.siteName}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(doc, 'title'));

  const breadcrumbs = page.getByRole('navigation', { name: uiText.breadcrumbs });
  await expect(breadcrumbs.getByRole('link')).toHaveText([uiText.nav.home, crumb]);

  // The key points come first: the first section heading on the page.
  await expect(page.locator('main h2').first()).toHaveText(uiText.keyPoints);
  await expect(page.locator('#key-points + ul > li')).toHaveText(list(doc, 'keyPoints'));

  // The page's own sources come first, then those of the shared facts it inserts.
  const sources = doc.data.sources as Source[];
  const sourceLinks = page.locator('section[aria-labelledby="sources"] li a');
  const urls = await sourceLinks.evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')),
  );
  expect(urls.slice(0, sources.length)).toEqual(sources.map((source) => source.url));
  for (const fact of factsUsedBy(doc)) {
    for (const source of fact.data.sources as Source[]) expect(urls).toContain(source.url);
  }
  // What a fact says is on the page, in place of its reference.
  for (const fact of factsUsedBy(doc)) {
    await expect(page.locator('main')).not.toContainText(`:fact[${fact.slug}]`);
  }

  const reviewed = String(doc.data.lastReviewed);
  await expect(page.locator(`.review-dates time[datetime="${reviewed}"]`)).toBeVisible();
  await expect(page.locator('.review-dates')).toContainText(uiText.nextReview);
  // No clinician of the clinic has reviewed pages in the default configuration, and the page says so.
  const clinicalReview = page
    .locator('.review-dates div')
    .filter({ hasText: uiText.review.clinical });
  await expect(clinicalReview.locator('dd')).toHaveText(
    fillText(uiText.review.notYet, { clinic: siteConfig.clinic.name }),
  );

  // Every question that names this page is listed on it, and no other.
  const questions = faqs.filter((faq) =>
    list(faq, 'related').includes(`${doc.collection}/${doc.slug}`),
  );
  const questionLinks = page.locator('section[aria-labelledby="related-questions"] a');
  await expect(questionLinks).toHaveCount(questions.length);
  for (const faq of questions) {
    await expect(questionLinks.filter({ hasText: text(faq, 'question') })).toHaveAttribute(
      'href',
      faq.url,
    );
  }

  expect(scriptErrors, doc.url).toEqual([]);

  // Every table-of-contents entry leads to a section on the page.
  for (const href of await page
    .locator('nav[aria-labelledby="on-this-page"] a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
}

/**
 * Urgent advice: one card per level the page has, most urgent first, each with its own heading
 * and tappable numbers, right after the body section a patient reads them with.
 */
async function expectCareCards(
  page: BrowserPage,
  doc: Page,
  heading: string,
  afterSection: string,
) {
  const group = page.locator('section.care-cards');
  await expect(group.getByRole('heading', { level: 2 })).toHaveText(heading);
  const levels = URGENCY_LEVELS.filter((level) => list(doc, level).length > 0);
  expect(levels.slice(0, 2)).toEqual(['callEmergency', 'callToday']);
  await expect(group.locator('.care-card')).toHaveCount(levels.length);
  for (const [index, level] of levels.entries()) {
    const card = group.locator('.care-card').nth(index);
    await expect(card).toHaveClass(new RegExp(`care-card-${level}`));
    await expect(card.locator('li')).toHaveText(list(doc, level));
  }
  const emergency = group.locator('.care-card-callEmergency');
  await expect(emergency.getByRole('heading', { level: 3 })).toHaveText(
    `Call ${siteConfig.emergencyNumber} now`,
  );
  await expect(
    emergency.locator(`a[href="${telHref(siteConfig.emergencyNumber)}"]`).first(),
  ).toBeVisible();
  await expect(
    group.locator(`.care-card-callToday a[href="${telHref(siteConfig.clinic.phone)}"]`),
  ).toBeVisible();
  if (list(doc, 'callEmergency').some(speaksOfSelfHarm)) {
    await expect(
      emergency.locator(`a[href="${telHref(siteConfig.crisisLine.number)}"]`),
    ).toBeVisible();
  }
  // The cards follow the section they belong with, so a link to that section lands beside them.
  const sectionBefore = await group.evaluate((cards) => {
    const headings = cards.previousElementSibling?.querySelectorAll('h2') ?? [];
    return headings[headings.length - 1]?.id;
  });
  expect(sectionBefore).toBe(afterSection);
  // Safety text is never smaller than the body text around it.
  const size = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('.care-card li')).toBeGreaterThanOrEqual(await size('.article-body p'));
}

/** Pages linked from `doc` in either direction, by the other side's field. */
function linkedPages(doc: Page, forward: string, others: Page[], backward: string): Page[] {
  return others.filter(
    (o) => list(doc, forward).includes(o.slug) || list(o, backward).includes(doc.slug),
  );
}

for (const condition of conditions) {
  test(`condition ${condition.slug} shows every part of a condition page`, async ({ page }) => {
    await expectCommonParts(page, condition, uiText.collections.conditions.title);
    await expectCareCards(page, condition, uiText.urgent.conditionHeading, 'when-to-get-help');
    const expected = linkedPages(condition, 'procedures', procedures, 'conditions');
    const links = page.locator('section[aria-labelledby="related-procedures"] a');
    await expect(links).toHaveCount(expected.length);
    for (const procedure of expected) {
      await expect(links.filter({ hasText: text(procedure, 'title') })).toHaveAttribute(
        'href',
        procedure.url,
      );
    }
  });
}

for (const procedure of procedures) {
  test(`procedure ${procedure.slug} shows every part of a procedure page`, async ({ page }) => {
    await expectCommonParts(page, procedure, uiText.collections.procedures.title);
    await expectCareCards(page, procedure, uiText.urgent.procedureHeading, 'after-the-procedure');
    const glance = procedure.data.atAGlance as Record<string, string>;
    const box = page.locator('section[aria-labelledby="at-a-glance"]');
    for (const [field, label] of Object.entries(uiText.glanceLabels)) {
      await expect(box.locator('dt', { hasText: label })).toBeVisible();
      await expect(box.locator('dd', { hasText: glance[field] })).toBeVisible();
    }
    await expect(page.locator('#questions-to-ask + ul > li')).toHaveText(
      list(procedure, 'questionsToAsk'),
    );
    const expected = linkedPages(procedure, 'conditions', conditions, 'procedures');
    await expect(page.locator('section[aria-labelledby="related-conditions"] a')).toHaveCount(
      expected.length,
    );
    // What usually comes next, and what usually comes first, from one side's nextSteps.
    const next = procedures.filter((p) => list(procedure, 'nextSteps').includes(p.slug));
    const before = procedures.filter((p) => list(p, 'nextSteps').includes(procedure.slug));
    for (const [id, linked] of [
      [SECTION_IDS.nextSteps, next],
      [SECTION_IDS.comesAfter, before],
    ] as const) {
      const links = page.locator(`section[aria-labelledby="${id}"] a`);
      await expect(links).toHaveCount(linked.length);
      for (const other of linked)
        await expect(links.filter({ hasText: text(other, 'title') })).toHaveAttribute(
          'href',
          other.url,
        );
    }
  });
}

for (const guide of guides) {
  test(`guide ${guide.slug} shows every part of a guide page`, async ({ page }) => {
    await expectCommonParts(page, guide, uiText.collections.guides.title);
  });
}

test('the FAQ page lists the questions under their topics, and each topic heading leads to a page listing all of its questions', async ({
  page,
}) => {
  await page.goto('/faq');
  // Each topic shows its first questions A to Z, and links to all of them when it has more.
  for (const topic of TOPICS) {
    const questions = faqs
      .filter((faq) => text(faq, 'topic') === topic)
      .map((faq) => text(faq, 'question'))
      .sort((a, b) => a.localeCompare(b));
    const section = page.locator(`section[aria-labelledby="topic-${topic}"]`);
    if (questions.length === 0) {
      await expect(section).toHaveCount(0);
      continue;
    }
    await expect(page.locator(`#topic-${topic}`)).toHaveText(uiText.topics[topic]);
    await expect(section.locator('li.faq-item a')).toHaveText(
      questions.slice(0, QUESTIONS_SHOWN_PER_TOPIC),
    );
    const seeAll = section.getByRole('link', {
      name: uiText.faqTopics.seeAll(uiText.topics[topic], questions.length),
    });
    await expect(seeAll).toHaveCount(questions.length > QUESTIONS_SHOWN_PER_TOPIC ? 1 : 0);
  }
  for (const topic of TOPICS) {
    await page.goto('/faq');
    const heading = page.locator(`#topic-${topic}`);
    if ((await heading.count()) > 0) {
      await heading.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`${faqTopicPath(topic)}$`));
    } else await page.goto(faqTopicPath(topic));
    const questions = faqs.filter((faq) => text(faq, 'topic') === topic);
    const links = page.locator('main li.faq-item a');
    await expect(links).toHaveText(
      questions.map((faq) => text(faq, 'question')).sort((a, b) => a.localeCompare(b)),
    );
    if (questions.length === 0) await expect(page.getByText(uiText.faqTopics.empty)).toBeVisible();
  }
});

for (const faq of faqs) {
  test(`question ${faq.slug} has a page with its answer, related pages, sources and review dates`, async ({
    page,
  }) => {
    await page.goto(faq.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(faq, 'question'));
    await expect(page.locator('.article-body')).not.toBeEmpty();
    const related = page.locator('section[aria-labelledby="related-pages"]').getByRole('link');
    expect(await related.count()).toBe(list(faq, 'related').length);
    const sources = faq.data.sources as { url: string }[];
    for (const source of sources)
      await expect(page.locator(`a[href="${source.url}"]`).first()).toBeVisible();
    await expect(page.getByText(uiText.lastReviewed, { exact: false }).first()).toBeVisible();
  });
}

test('the glossary lists every term A to Z on its letter page, each with its own anchor and definition', async ({
  page,
}) => {
  const letters = [...new Set(glossary.map((term) => indexLetter(text(term, 'term'))))];
  let listed = 0;
  for (const letter of letters) {
    await page.goto(glossaryLetterPath(letter));
    const terms = await page.locator('dt .term-name').allTextContents();
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b)));
    listed += terms.length;
    for (const term of glossary.filter((t) => indexLetter(text(t, 'term')) === letter)) {
      expect(term.url).toBe(`${glossaryLetterPath(letter)}#${term.slug}`);
      await expect(page.locator(`[id="${term.slug}"] dt .term-name`)).toHaveText(
        text(term, 'term'),
      );
      await expect(page.locator(`[id="${term.slug}"] dd`)).toContainText(text(term, 'definition'));
    }
  }
  expect(listed).toBe(glossary.length);
});

test('a letter with no glossary terms has a page that says so and offers the other letters', async ({
  page,
}) => {
  const used = new Set(glossary.map((term) => indexLetter(text(term, 'term'))));
  const empty = INDEX_LETTERS.find((letter) => !used.has(letter))!;
  await page.goto(glossaryLetterPath(empty));
  await expect(
    page.getByText(uiText.letters.glossaryEmpty(uiText.letters.startingWith(empty))),
  ).toBeVisible();
  const nav = page.getByRole('navigation', { name: uiText.letters.nav });
  await expect(nav.getByRole('link')).toHaveCount(used.size);
});

test('listing pages link to every page of their kind', async ({ page }) => {
  for (const [url, docs] of [
    ['/conditions', conditions],
    ['/procedures', procedures],
    ['/guides', guides],
  ] as const) {
    await page.goto(url);
    for (const doc of docs) {
      await expect(page.locator(`main a[href="${doc.url}"]`).first()).toHaveText(
        text(doc, 'title'),
      );
    }
  }
});

test('the about page says the site is educational and tracks nobody', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this site');
  await expect(page.locator('main')).toContainText('This site is for education only.');
  await expect(page.locator('main')).toContainText('This site does not track you.');
});

test('a page that speaks of suicide or self-harm shows the crisis line with numbers to call and text', async ({
  page,
}) => {
  const pages = [...conditions, ...procedures, ...guides, ...faqs].filter((doc) =>
    readFileSync(path.join('content', doc.collection, `${doc.slug}.md`), 'utf8').includes(
      '::crisis-line',
    ),
  );
  expect(pages.length).toBeGreaterThan(0);
  const { number } = siteConfig.crisisLine;
  for (const doc of pages) {
    await page.goto(doc.url);
    const box = page.locator('.crisis-line').first();
    await expect(box, doc.url).toContainText(siteConfig.crisisLine.name);
    await expect(box.locator(`a[href="${telHref(number)}"]`)).toBeVisible();
    await expect(box.locator(`a[href="${smsHref(number)}"]`)).toBeVisible();
    await expect(page.locator('main')).not.toContainText('::crisis-line');
  }
});

test('the home page gives urgent advice at three levels, most urgent first, with tappable numbers', async ({
  page,
}) => {
  await page.goto('/');
  const cards = page.locator('section.care-cards .care-card');
  await expect(cards).toHaveCount(3);
  for (const [index, level] of URGENCY_LEVELS.entries()) {
    await expect(cards.nth(index)).toHaveClass(new RegExp(`care-card-${level}`));
    await expect(cards.nth(index).locator('li')).toHaveText([...uiText.home.urgent[level]]);
  }
  await expect(
    cards
      .nth(0)
      .locator(`a[href="${telHref(siteConfig.emergencyNumber)}"]`)
      .first(),
  ).toBeVisible();
  await expect(
    cards.nth(0).locator(`a[href="${telHref(siteConfig.crisisLine.number)}"]`),
  ).toBeVisible();
  await expect(cards.nth(1).locator(`a[href="${telHref(siteConfig.clinic.phone)}"]`)).toBeVisible();
});
