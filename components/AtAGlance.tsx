import { SECTION_IDS } from '@/lib/section-ids';
import type { Procedure } from '@/lib/content/queries';
import { uiText } from '@/lib/ui-text';

/** The short facts, in the order the box and the comparison tables show them. */
export const GLANCE_FIELDS = [
  'duration',
  'feelsLike',
  'sedation',
  'imaging',
  'recovery',
  'reliefDuration',
] as const;

/** The procedure's short facts, as a definition list that reads well aloud and in print. */
export function AtAGlance({ glance }: { glance: Procedure['atAGlance'] }) {
  return (
    <section
      aria-labelledby={SECTION_IDS.atAGlance}
      className="at-a-glance my-6 border border-line p-4 sm:p-5"
    >
      <h2 id={SECTION_IDS.atAGlance} className="font-bold">
        {uiText.atAGlance}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {GLANCE_FIELDS.map((row) => (
          <div key={row} className="contents">
            <dt className="font-bold">{uiText.glanceLabels[row]}</dt>
            <dd className="mb-2 sm:mb-0">{glance[row]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
