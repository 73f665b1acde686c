import { GLANCE_FIELDS } from './AtAGlance';
import type { Procedure } from '@/lib/content/queries';
import type { ProcedureKind } from '@/lib/content/schema';
import { uiText } from '@/lib/ui-text';

/**
 * The at-a-glance facts of each kind of procedure side by side, a table per kind. Wide
 * tables may scroll sideways on phones, so each scroll area can take keyboard focus.
 */
export function ProcedureComparison({
  groups,
}: {
  groups: readonly { key: ProcedureKind; items: readonly Procedure[] }[];
}) {
  const text = uiText.comparison;
  return groups.map(({ key, items }) => (
    // The scroll area is the landmark named by the heading; a second one of the same name
    // around it would confuse screen-reader landmark lists.
    <section key={key} data-kind={key} className="my-8">
      <h2 id={`kind-${key}`} className="text-2xl font-bold">
        {uiText.procedureKindHeadings[key]}
      </h2>
      <div
        className="comparison-scroll mt-4 overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-labelledby={`kind-${key}`}
      >
        <table className="comparison-table text-base">
          <thead>
            <tr>
              <th scope="col">{text.procedure}</th>
              {GLANCE_FIELDS.map((column) => (
                <th key={column} scope="col">
                  {uiText.glanceLabels[column]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((procedure) => (
              <tr key={procedure.slug}>
                <th scope="row">
                  <a href={procedure.url}>{procedure.title}</a>
                </th>
                {GLANCE_FIELDS.map((column) => (
                  <td key={column}>{procedure.atAGlance[column]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  ));
}
