import { SECTION_IDS } from '@/lib/section-ids';
import { uiText } from '@/lib/ui-text';

export type SourceItem = { title: string; publisher: string; url: string; date?: string };

/**
 * Where the page's facts come from. Links carry no referrer: a page's address is health
 * information. On paper each source is one or two lines: its publisher, date and address.
 */
export function SourceList({ sources }: { sources: readonly SourceItem[] }) {
  return (
    <section
      aria-labelledby={SECTION_IDS.sources}
      data-pagefind-ignore=""
      className="source-list my-8 text-base"
    >
      <h2 id={SECTION_IDS.sources} className="font-bold">
        {uiText.sources}
      </h2>
      <p className="mt-2 print:hidden">{uiText.sourcesIntro}</p>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {sources.map((source) => (
          <li key={source.url} className="break-words">
            <span className="print:hidden">
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>
              .{' '}
            </span>
            {source.publisher}
            {source.date ? `, ${source.date}` : ''}.
            {/* Paper cannot follow a link: the address is printed instead of the title. */}
            <span className="source-address hidden print:inline"> {source.url}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
