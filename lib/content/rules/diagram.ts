/**
 * A page's picture highlights a part its chosen view actually draws: the schema knows every
 * view and every part, but only lib/diagrams.ts knows which parts each view shows.
 */
import { DIAGRAM_PARTS, isDiagramView, viewShows } from '../../diagrams';
import type { ParsedPage } from '../quality';
import type { Problem } from './problem';

export function diagramProblems(page: ParsedPage): Problem[] {
  const diagram = page.data.diagram;
  if (typeof diagram !== 'object' || diagram === null) return [];
  const { view, highlight } = diagram as Record<string, unknown>;
  if (typeof view !== 'string' || typeof highlight !== 'string' || !isDiagramView(view)) return [];
  if (viewShows(view, highlight)) return [];
  return [
    {
      file: page.display,
      field: 'diagram.highlight',
      value: highlight,
      message: `is not drawn in the view "${view}", which shows ${DIAGRAM_PARTS[view].join(', ')}`,
    },
  ];
}
