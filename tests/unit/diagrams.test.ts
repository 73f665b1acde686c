import { gzipSync } from 'node:zlib';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AnatomyFigure } from '@/components/AnatomyFigure';
import { diagramText } from '@/lib/diagram-text';
import { ALL_DIAGRAM_PARTS, DIAGRAM_PARTS, DIAGRAM_VIEWS, viewShows } from '@/lib/diagrams';

/** Issue #12: a picture is about 8 KB gzipped or less. */
const FIGURE_BUDGET_BYTES = 8_000;

const everyFigure = DIAGRAM_VIEWS.flatMap((view) =>
  DIAGRAM_PARTS[view].map((highlight) => ({ view, highlight })),
);

describe('the diagram library', () => {
  it('knows which parts each view draws', () => {
    expect(viewShows('knee', 'genicular-nerves')).toBe(true);
    expect(viewShows('knee', 'epidural-space')).toBe(false);
    expect(ALL_DIAGRAM_PARTS).toContain('stellate-ganglion');
    expect(new Set(ALL_DIAGRAM_PARTS).size).toBe(ALL_DIAGRAM_PARTS.length);
  });

  it('describes a figure in plain words, saying which part is highlighted and how', () => {
    const text = diagramText('lower-spine-side', 'epidural-space', 'where-it-goes');
    expect(text.title).toBe('The lower spine, seen from the side');
    expect(text.desc).toMatch(/^A drawing of the lower back/);
    expect(text.desc).toMatch(
      /highlighted part, striped and outlined in bold, is the epidural space/,
    );
    expect(text.caption).toMatch(/^Where the treatment goes: the epidural space, /);
    expect(diagramText('pain-pathway', 'brain', 'where-it-acts').caption).toMatch(
      /^Where the medicine acts: the brain, /,
    );
    expect(diagramText('knee', 'cartilage', 'condition').caption).toMatch(
      /^The part of the body involved: the cartilage, /,
    );
  });
});

describe.each(everyFigure)('the $view figure highlighting $highlight', ({ view, highlight }) => {
  const html = renderToStaticMarkup(
    createElement(AnatomyFigure, { view, highlight, purpose: 'where-it-goes' }),
  );

  it('is an image named by its title and described, with one highlighted part', () => {
    expect(html).toMatch(
      /<svg[^>]* role="img" aria-labelledby="diagram-title" aria-describedby="diagram-desc"/,
    );
    expect(html).toContain(`<title id="diagram-title">`);
    expect(html.match(/class="diagram-highlight"/g)).toHaveLength(1);
    expect(html).toContain(`<g data-part="${highlight}" class="diagram-highlight">`);
    expect(html).toMatch(/<figcaption>Where the treatment goes: /);
  });

  it('labels every part it can highlight, the highlighted one in bold', () => {
    for (const part of DIAGRAM_PARTS[view]) expect(html).toContain(`data-part="${part}"`);
    expect(html.match(/diagram-label-highlight/g)).toHaveLength(1);
  });

  it('loads nothing from elsewhere and stays within its size budget', () => {
    expect(html).not.toMatch(/(?:href|src)="(?!#)/);
    expect(gzipSync(html).length).toBeLessThanOrEqual(FIGURE_BUDGET_BYTES);
  });
});
