import { SECTION_IDS } from '@/lib/section-ids';
import { uiText } from '@/lib/ui-text';

/** The few things a reader should take away, shown before everything else. */
export function KeyPoints({ points }: { points: readonly string[] }) {
  return (
    <section
      aria-labelledby={SECTION_IDS.keyPoints}
      className="key-points my-6 border-l-8 border-brand bg-surface p-4 sm:p-5"
    >
      <h2 id={SECTION_IDS.keyPoints} className="font-bold">
        {uiText.keyPoints}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
