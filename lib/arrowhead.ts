/**
 * The points of a small triangular arrowhead for an SVG polygon, so that a diagram can show
 * which way a signal travels along a path without a marker or a transform.
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
