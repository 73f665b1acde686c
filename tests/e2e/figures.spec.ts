/**
 * Every condition and procedure page shows its anatomical figure: named and described for
 * screen readers, captioned for everyone, its chosen part highlighted, and its labels big
 * enough to read on the smallest phone.
 */
import { expect, test } from '@playwright/test';
import { diagramText } from '../../lib/diagram-text';
import { DIAGRAM_VIEWS, type DiagramPart, type DiagramView } from '../../lib/diagrams';
import { conditions, procedures } from './library';

/** Issue #12: labels are at least 14 px, on screens from 320 px wide. */
const MIN_LABEL_PX = 14;

const pagesWithFigures = [
  ...procedures.map((page) => ({ page, purpose: 'procedure' as const })),
  ...conditions.map((page) => ({ page, purpose: 'condition' as const })),
];
const diagramOf = (data: Record<string, unknown>) =>
  data.diagram as { view: DiagramView; highlight: DiagramPart };

for (const { page: doc, purpose } of pagesWithFigures) {
  test(`${doc.url} shows its figure, named, described and captioned`, async ({ page }) => {
    const { view, highlight } = diagramOf(doc.data);
    const text = diagramText(view, highlight, purpose);
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

// One page for each view, seen on the narrowest phone the site supports.
const onePagePerView = DIAGRAM_VIEWS.map((view) =>
  pagesWithFigures.find(({ page }) => diagramOf(page.data).view === view),
).filter((entry) => entry !== undefined);

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('every view is used by some page', () => {
    expect(onePagePerView.map(({ page }) => diagramOf(page.data).view).sort()).toEqual(
      [...DIAGRAM_VIEWS].sort(),
    );
  });

  for (const { page: doc } of onePagePerView) {
    test(`the ${diagramOf(doc.data).view} figure fits the screen, and its labels are readable and apart`, async ({
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
