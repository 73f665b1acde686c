/**
 * What every anatomical drawing shares: its size, and how a part and its label are drawn, so
 * that a highlight looks the same in every view. The conventions, for whoever draws a view:
 * - The drawing is 300 units wide (height free, up to about 400). It is shown at most about
 *   440 px wide and at least about 288 px on a phone, so labels at 15 units stay at or above
 *   14 px on the smallest screen.
 * - Shapes use the `diagram-*` classes in app/globals.css (bone, disc, nerve, muscle, skin,
 *   device...), each with a dark outline, so the picture still reads in black and white.
 * - Each part a page can highlight is wrapped in <Part>, and named by a <Label>; a highlight is
 *   a stripe pattern and a bold outline, and its label is bold and underlined, never colour alone.
 *   Draw nerves, wires and tubes as closed shapes (tubePath in lib/diagram-geometry.ts), so
 *   that the stripes show when they are highlighted. A part smaller than about 15 units gets a
 *   `callout`: a dashed ring drawn around it when it is highlighted, so it is found at a glance.
 */
import type { ReactNode } from 'react';
import type { DiagramPart } from '@/lib/diagrams';
import { labelLines, labelWidth, leaderStart } from '@/lib/diagram-geometry';
import { uiText } from '@/lib/ui-text';

export const DRAWING_WIDTH = 300;
/** The smallest label size, in drawing units; see the conventions above. */
export const LABEL_SIZE = 15;
/** The distance between the two lines of a wrapped label. */
const LINE_HEIGHT = 17;
/** The id of the stripe pattern a highlighted part is filled with (one figure per page). */
export const HATCH_ID = 'diagram-hatch';

export type Drawing = {
  /** The drawing's height in units; its width is always DRAWING_WIDTH. */
  height: number;
  /** The shapes and labels, with `highlight` drawn as highlighted. */
  render: (highlight: DiagramPart) => ReactNode;
};

/** One part of the body a page may highlight: its shapes, striped when highlighted. */
export function Part({
  name,
  highlight,
  callout,
  children,
}: {
  name: DiagramPart;
  highlight: DiagramPart;
  /** A ring (centre x, centre y, radius) drawn around a small part when it is highlighted. */
  callout?: readonly [number, number, number];
  children: ReactNode;
}) {
  const highlighted = name === highlight;
  return (
    <>
      <g data-part={name} className={highlighted ? 'diagram-highlight' : undefined}>
        {children}
      </g>
      {highlighted && callout ? (
        <circle cx={callout[0]} cy={callout[1]} r={callout[2]} className="diagram-callout" />
      ) : null}
    </>
  );
}

/**
 * A label with a leader line from the text at (x, y) to the point it names. `part` names a
 * part from ui-text's diagram parts; `text` is for context labels (ui-text's otherLabels).
 */
export function Label({
  x,
  y,
  to,
  anchor = 'start',
  highlighted = false,
  wrap = false,
  children,
}: {
  x: number;
  y: number;
  /** The point on the drawing the label names; the line starts beside the text. */
  to?: readonly [number, number];
  anchor?: 'start' | 'end' | 'middle';
  highlighted?: boolean;
  /** Split the label in two lines at its last space, for a long label in a narrow margin. */
  wrap?: boolean;
  children: string;
}) {
  const lines = labelLines(children, wrap);
  const width = Math.max(...lines.map((line) => labelWidth(line, highlighted)));
  const start = to ? leaderStart({ x, y, anchor, width }, to) : undefined;
  return (
    <g className={highlighted ? 'diagram-label diagram-label-highlight' : 'diagram-label'}>
      {to && start ? (
        <>
          <line x1={start[0]} y1={start[1]} x2={to[0]} y2={to[1]} className="diagram-leader" />
          {highlighted ? <circle cx={to[0]} cy={to[1]} r={3.5} className="diagram-pin" /> : null}
        </>
      ) : null}
      <text x={x} y={y} textAnchor={anchor} fontSize={LABEL_SIZE}>
        {lines.length === 1
          ? children
          : lines.map((line, i) => (
              <tspan key={line} x={x} dy={i === 0 ? undefined : LINE_HEIGHT}>
                {line}
              </tspan>
            ))}
      </text>
    </g>
  );
}

/** The label of a part a page may highlight, bold and underlined when it is the highlight. */
export function PartLabel({
  part,
  highlight,
  ...position
}: {
  part: DiagramPart;
  highlight: DiagramPart;
  x: number;
  y: number;
  to?: readonly [number, number];
  anchor?: 'start' | 'end' | 'middle';
  wrap?: boolean;
}) {
  return (
    <Label {...position} highlighted={part === highlight}>
      {uiText.diagrams.parts[part].label}
    </Label>
  );
}
