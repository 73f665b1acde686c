import { SECTION_IDS } from '@/lib/section-ids';
import type { TocEntry } from '@/lib/content/markdown';
import { uiText } from '@/lib/ui-text';

/** Links to the page's sections; only shown on pages long enough to need it. */
export function TableOfContents({ entries }: { entries: readonly TocEntry[] }) {
  return (
    <nav
      aria-labelledby={SECTION_IDS.onThisPage}
      data-pagefind-ignore=""
      className="my-6 print:hidden"
    >
      <h2 id={SECTION_IDS.onThisPage} className="font-bold">
        {uiText.onThisPage}
      </h2>
      <ul className="mt-2 space-y-1">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-5' : undefined}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
