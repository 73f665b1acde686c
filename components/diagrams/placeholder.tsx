/**
 * A stand-in drawing that only lists a view's parts as boxes, used while a view is being drawn.
 * Delete this file once every view in index.ts has its real drawing.
 */
import { DIAGRAM_PARTS, type DiagramView } from '@/lib/diagrams';
import { Part, PartLabel, type Drawing } from './drawing';

export function placeholder(view: DiagramView): Drawing {
  const parts = DIAGRAM_PARTS[view];
  return {
    height: 40 + parts.length * 50,
    render: (highlight) =>
      parts.map((part, i) => (
        <g key={part}>
          <Part name={part} highlight={highlight}>
            <rect x={20} y={20 + i * 50} width={90} height={36} rx={8} className="diagram-bone" />
          </Part>
          <PartLabel
            part={part}
            highlight={highlight}
            x={130}
            y={43 + i * 50}
            to={[110, 38 + i * 50]}
          />
        </g>
      )),
  };
}
