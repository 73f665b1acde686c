import type { Procedure } from '@/lib/content/queries';
import type { ProcedureKind } from '@/lib/content/schema';
import { COMPARISON_COLUMNS, comparisonCell } from '@/lib/procedure-comparison';
import { uiText } from '@/lib/ui-text';

/**
 * Each kind of procedure side by side, a table per kind, in short cells from each page's
 * `compare` front matter. The block takes the screen's width rather than the text column's,
 * so on a desktop nothing scrolls sideways; on a phone the name column stays put while the
 * rest scrolls, and each scroll area can take keyboard focus.
 */
export function ProcedureComparison({
  groups,
}: {
  groups: readonly { key: ProcedureKind; items: readonly Procedure[] }[];
}) {
  const text = uiText.comparison;
  return (
    <div className="comparison">
      <p className="comparison-hint">{text.scrollHint}</p>
      {groups.map(({ key, items }) => (
        // The scroll area is the landmark named by the heading; a second one of the same name
        // around it would confuse screen-reader landmark lists.
        <section key={key} data-kind={key} className="my-8">
          <h2 id={`kind-${key}`} className="text-2xl font-bold">
            {uiText.procedureKindHeadings[key]}
          </h2>
          <div
            className="comparison-scroll mt-4"
            tabIndex={0}
            role="region"
            aria-labelledby={`kind-${key}`}
          >
            <table className="comparison-table" aria-labelledby={`kind-${key}`}>
              <thead>
                <tr>
                  <th scope="col">{text.procedure}</th>
                  {COMPARISON_COLUMNS.map((column) => (
                    <th key={column} scope="col" data-column={column}>
                      {text.columns[column]}
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
                    {COMPARISON_COLUMNS.map((column) => (
                      <td key={column} data-column={column}>
                        {comparisonCell(procedure.compare, column)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
