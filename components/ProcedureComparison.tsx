import Link from 'next/link';
import type { Procedure } from '@/lib/content/queries';
import { uiText } from '@/lib/ui-text';

const columns = ['duration', 'sedation', 'imaging', 'recovery', 'reliefDuration'] as const;

/** Every procedure's at-a-glance facts side by side. Wide tables may scroll sideways on phones. */
export function ProcedureComparison({ procedures }: { procedures: readonly Procedure[] }) {
  const text = uiText.comparison;
  return (
    <section aria-labelledby="compare-procedures" className="my-8">
      <h2 id="compare-procedures" className="text-2xl font-bold">
        {text.heading}
      </h2>
      <div
        className="comparison-scroll mt-4 overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-labelledby="compare-caption"
      >
        <table className="comparison-table text-base">
          <caption id="compare-caption" className="mb-2 text-left">
            {text.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{text.procedure}</th>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {uiText.glanceLabels[column]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {procedures.map((procedure) => (
              <tr key={procedure.slug}>
                <th scope="row">
                  <Link href={procedure.url} prefetch={false}>
                    {procedure.title}
                  </Link>
                </th>
                {columns.map((column) => (
                  <td key={column}>{procedure.atAGlance[column]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
