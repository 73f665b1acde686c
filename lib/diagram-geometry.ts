/**
 * Geometry for the anatomical diagrams: small shapes worked out from a few points, so that a
 * drawing stays a few numbers and needs no markers or transforms (an arrowhead to show which
 * way a signal travels, a thin tube for a wire or catheter).
 */

/** The arrowhead's length along its direction, and its width, in drawing units. */
export const ARROWHEAD_LENGTH = 10;
export const ARROWHEAD_WIDTH = 10;

/**
 * The `points` of an arrowhead with its tip at (x, y), pointing along (dx, dy); any length of
 * (dx, dy) will do. Coordinates are rounded to one decimal to keep the markup small.
 */
export function arrowhead(x: number, y: number, dx: number, dy: number): string {
  const length = Math.hypot(dx, dy);
  const [ux, uy] = [dx / length, dy / length];
  const baseX = x - ux * ARROWHEAD_LENGTH;
  const baseY = y - uy * ARROWHEAD_LENGTH;
  const half = ARROWHEAD_WIDTH / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  const point = (px: number, py: number) => `${round(px)},${round(py)}`;
  return [
    point(x, y),
    point(baseX - uy * half, baseY + ux * half),
    point(baseX + uy * half, baseY - ux * half),
  ].join(' ');
}

/**
 * The outline of a thin tube of the given width along a line through `points`, as a closed
 * SVG path: a wire or catheter drawn as a shape, so that a highlight can stripe and outline
 * it like any other part. Corners are mitred, so give a bend a few points to keep it smooth.
 */
export function tubePath(points: readonly (readonly [number, number])[], width: number): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  const half = width / 2;
  const unitNormal = (from: readonly [number, number], to: readonly [number, number]) => {
    const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
    return [-(to[1] - from[1]) / length, (to[0] - from[0]) / length] as const;
  };
  const offsets = points.map((point, i) => {
    const before = unitNormal(points[i - 1] ?? point, i === 0 ? (points[1] ?? point) : point);
    const after = i === points.length - 1 ? before : unitNormal(point, points[i + 1] ?? point);
    const sum = [before[0] + after[0], before[1] + after[1]] as const;
    const sumLength = Math.hypot(sum[0], sum[1]);
    const mitre = [sum[0] / sumLength, sum[1] / sumLength] as const;
    // The mitre is longer than half the width where the line bends, to keep the width even.
    const scale = half / (mitre[0] * after[0] + mitre[1] * after[1]);
    return [mitre[0] * scale, mitre[1] * scale] as const;
  });
  const side = (sign: 1 | -1) =>
    points.map(([x, y], i) => {
      const [ox, oy] = offsets[i] ?? [0, 0];
      return `${round(x + sign * ox)} ${round(y + sign * oy)}`;
    });
  return `M${[...side(1), ...side(-1).reverse()].join('L')}Z`;
}

/**
 * About how wide a label is, in drawing units: a character of the site's font at the label
 * size is about 8.3 units wide, 9 in bold. Used only to keep leader lines off the text.
 */
export const labelWidth = (text: string, bold: boolean): number =>
  Math.round(text.length * (bold ? 9 : 8.3));

/**
 * A label's lines: the whole text on one line, or, for a long label in a narrow margin,
 * two lines split at its last space.
 */
export function labelLines(text: string, wrap: boolean): string[] {
  const at = text.lastIndexOf(' ');
  return wrap && at > 0 ? [text.slice(0, at), text.slice(at + 1)] : [text];
}

/**
 * Where a label's leader line starts, so that it leaves the text on the side nearest the point
 * it names and never runs under the words: beside the text at mid-height when the point lies
 * beyond either end of it, otherwise just below or just above it.
 */
export function leaderStart(
  label: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; width: number },
  to: readonly [number, number],
): [number, number] {
  const { x, y, anchor, width } = label;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const right = left + width;
  if (to[0] < left) return [left - 3, y - 5];
  if (to[0] > right) return [right + 3, y - 5];
  return [to[0], to[1] > y ? y + 4 : y - 15];
}
