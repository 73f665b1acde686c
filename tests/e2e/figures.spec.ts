/**
 * Every condition and procedure page shows its anatomical figure: named and described for
 * screen readers, captioned for everyone, its chosen part highlighted, and its labels big
 * enough to read on the smallest phone.
 */
import { expect, test } from '@playwright/test';
import { diagramText, procedurePurpose, type DiagramPurpose } from '../../lib/diagram-text';
import {
  DIAGRAM_VIEWS,
  type DiagramMeaning,
  type DiagramPart,
  type DiagramView,
} from '../../lib/diagrams';
import type { Locale } from '../../lib/i18n';
import { withLocale } from '../../lib/request-locale';
import { conditions, procedures, spanish, spanishOf, type Page } from './library';

/** Issue #12: labels are at least 14 px, on screens from 320 px wide. */
const MIN_LABEL_PX = 14;

const diagramOf = (data: Record<string, unknown>) =>
  data.diagram as { view: DiagramView; highlight: DiagramPart; shows?: DiagramMeaning };

/** A page with its figure: a Spanish page draws its English original's figure, labelled in Spanish. */
type FigurePage = {
  page: Page;
  data: Record<string, unknown>;
  purpose: DiagramPurpose;
  locale: Locale;
};

const withFigures = (
  originals: readonly Page[],
  purposeOf: (data: Record<string, unknown>) => DiagramPurpose,
): FigurePage[] =>
  originals.flatMap((original) => {
    const purpose = purposeOf(original.data);
    const translation = spanishOf(original);
    return [
      { page: original, data: original.data, purpose, locale: 'en' as const },
      ...(translation
        ? [{ page: translation, data: original.data, purpose, locale: 'es' as const }]
        : []),
    ];
  });

const pagesWithFigures = [
  ...withFigures(procedures, (data) => procedurePurpose(diagramOf(data).shows)),
  ...withFigures(conditions, () => 'condition'),
];

test('every Spanish condition and procedure has its figure', () => {
  expect(pagesWithFigures.filter(({ locale }) => locale === 'es')).toHaveLength(
    spanish.procedures.length + spanish.conditions.length,
  );
});

for (const { page: doc, data, purpose, locale } of pagesWithFigures) {
  test(`${doc.url} shows its figure, named, described and captioned`, async ({ page }) => {
    const { view, highlight } = diagramOf(data);
    const text = withLocale(locale, () => diagramText(view, highlight, purpose));
    await page.goto(doc.url);
    const figure = page.locator('figure.anatomy-figure');
    await expect(figure).toHaveCount(1);
    const image = figure.getByRole('img', { name: text.title, exact: true });
    await expect(image).toBeVisible();
    await expect(image).toHaveAccessibleDescription(text.desc);
    await expect(figure.locator('figcaption')).toHaveText(text.caption);
    await expect(figure.locator('.diagram-highlight')).toHaveCount(1);
    await expect(figure.locator(`[data-part="${highlight}"]`)).toHaveClass('diagram-highlight');
  });
}

// One page for each view in each language, seen on the narrowest phone the site supports.
const onePagePerView = (['en', 'es'] as const).flatMap((language) =>
  DIAGRAM_VIEWS.map((view) =>
    pagesWithFigures.find(
      ({ data, locale }) => locale === language && diagramOf(data).view === view,
    ),
  ).filter((entry) => entry !== undefined),
);

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('every view is used by some page', () => {
    expect(onePagePerView.map(({ data }) => diagramOf(data).view).sort()).toEqual(
      [...DIAGRAM_VIEWS, ...DIAGRAM_VIEWS].sort(),
    );
  });

  for (const { page: doc, data } of onePagePerView) {
    test(`${doc.url}: the ${diagramOf(data).view} figure fits the screen, and its labels are readable and apart`, async ({
      page,
    }) => {
      await page.goto(doc.url);
      const svg = page.locator('figure.anatomy-figure svg');
      const layout = await svg.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const scale = box.width / (element as SVGSVGElement).viewBox.baseVal.width;
        const labels = [...element.querySelectorAll('text')].map((label) => {
          const rect = label.getBoundingClientRect();
          return {
            text: label.textContent ?? '',
            px: parseFloat(getComputedStyle(label).fontSize) * scale,
            rect: { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom },
          };
        });
        return { svgRight: box.right, svgLeft: box.left, viewport: innerWidth, labels };
      });
      expect(layout.svgRight).toBeLessThanOrEqual(layout.viewport);
      for (const label of layout.labels) {
        expect(label.px, label.text).toBeGreaterThanOrEqual(MIN_LABEL_PX);
        expect(label.rect.left, label.text).toBeGreaterThanOrEqual(layout.svgLeft - 0.5);
        expect(label.rect.right, label.text).toBeLessThanOrEqual(layout.svgRight + 0.5);
      }
      for (const [i, a] of layout.labels.entries())
        for (const b of layout.labels.slice(i + 1)) {
          const apart =
            a.rect.right <= b.rect.left ||
            b.rect.right <= a.rect.left ||
            a.rect.bottom <= b.rect.top ||
            b.rect.bottom <= a.rect.top;
          expect(apart, `"${a.text}" overlaps "${b.text}"`).toBe(true);
        }
    });
  }
});
