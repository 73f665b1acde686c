import { StripePattern } from './StripePattern';
import type { DiagramPart, DiagramView } from '@/lib/diagrams';
import { diagramText, type DiagramPurpose } from '@/lib/diagram-text';
import { DRAWINGS } from './diagrams';
import { DRAWING_WIDTH, HATCH_ID } from './diagrams/drawing';

/**
 * An anatomical drawing with one part highlighted, as a figure with a caption. The SVG is an
 * image to assistive technology, named by its title and described in plain words; its labels
 * are real text, so they print, scale and translate. Search skips the drawing's labels.
 */
export function AnatomyFigure({
  view,
  highlight,
  purpose,
}: {
  view: DiagramView;
  highlight: DiagramPart;
  purpose: DiagramPurpose;
}) {
  const drawing = DRAWINGS[view];
  const text = diagramText(view, highlight, purpose);
  return (
    <figure className="anatomy-figure" data-view={view} data-highlight={highlight}>
      <svg
        viewBox={`0 0 ${DRAWING_WIDTH} ${drawing.height}`}
        role="img"
        aria-labelledby="diagram-title"
        aria-describedby="diagram-desc"
        data-pagefind-ignore="all"
      >
        <title id="diagram-title">{text.title}</title>
        <desc id="diagram-desc">{text.desc}</desc>
        <defs>
          <StripePattern
            id={HATCH_ID}
            size={6}
            groundClass="diagram-hatch-ground"
            stripeClass="diagram-hatch-stripe"
          />
        </defs>
        {drawing.render(highlight)}
      </svg>
      <figcaption>{text.caption}</figcaption>
    </figure>
  );
}
