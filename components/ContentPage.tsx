import type { ReactNode } from 'react';
import type { TocEntry } from '@/lib/content/markdown';
import { needsTableOfContents } from '@/lib/content/markdown';
import { insertAfterSection, splitAfterSection } from '@/lib/content/body-sections';
import {
  collectionOf,
  questionsFor,
  sourcesOf,
  tocOf,
  type ContentDoc,
} from '@/lib/content/queries';
import { SECTION_IDS } from '@/lib/section-ids';
import { SEARCH_TERMS_ID } from '@/lib/search-results';
import { searchKeywords } from '@/lib/search-synonyms';
import { uiText } from '@/lib/ui-text';
import { pageStructuredData } from '@/lib/content/structured';
import { ArticleBody } from './ArticleBody';
import { JsonLd } from './JsonLd';
import { PrintFooter, ShareTools } from './PrintTools';
import { CareCards, type UrgentAdvice } from './CareCard';
import { QuestionsToAsk } from './QuestionsToAsk';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';
import { KeyPoints } from './KeyPoints';
import { ReviewDates } from './ReviewDates';
import { SourceList } from './SourceList';
import { TableOfContents } from './TableOfContents';
import { RelatedLinks } from './RelatedLinks';

type ContentPageProps = {
  doc: ContentDoc;
  /** What kind of page this is, shown above the title ("Condition", "Procedure: Injection"). */
  kindLabel: string;
  /** The listing page this page belongs to, shown in the breadcrumbs. */
  parent: Crumb;
  /** Shown between the key points and the body, e.g. a procedure's at-a-glance box. */
  beforeBody?: ReactNode;
  /**
   * Urgent advice at its three levels, the heading over the cards, and the body section
   * (by id) they follow.
   */
  urgent?: { heading: string; advice: UrgentAdvice; afterSection: string };
  questionsToAsk?: readonly string[];
  /** Links to related pages of other kinds; related questions are added here. */
  related?: ReactNode;
};

/** The shared shape of every condition, procedure and guide page. */
export function ContentPage({
  doc,
  kindLabel,
  parent,
  beforeBody,
  urgent,
  questionsToAsk = [],
  related,
}: ContentPageProps) {
  const otherNames = doc.type === 'Guide' ? [] : (doc.otherNames ?? []);
  const toc = tocOf(doc);
  const body = urgent
    ? splitAfterSection(doc.body.html, urgent.afterSection)
    : { before: doc.body.html, after: '' };
  const sections: TocEntry[] = [
    ...(urgent
      ? insertAfterSection(toc, urgent.afterSection, {
          id: SECTION_IDS.getHelpUrgently,
          text: urgent.heading,
          depth: 2,
        })
      : toc),
    ...(questionsToAsk.length > 0
      ? [{ id: SECTION_IDS.questionsToAsk, text: uiText.questionsToAsk, depth: 2 as const }]
      : []),
    { id: SECTION_IDS.sources, text: uiText.sources, depth: 2 },
  ];
  const searchType = uiText.collections[collectionOf(doc)].single;
  const keywords = searchKeywords(doc.url);
  return (
    // Only the article is indexed for search, filed under its type.
    // Search results show the description when no passage of the page matched.
    <article
      data-pagefind-body=""
      data-pagefind-filter={`type:${searchType}`}
      data-pagefind-meta="description[data-description]"
      data-description={doc.description}
    >
      <Breadcrumbs trail={[parent]} current={{ label: doc.title, href: doc.url }} />
      <header>
        <p className="text-base font-bold uppercase tracking-wide text-muted">{kindLabel}</p>
        <h1 className="mt-1 font-bold">{doc.title}</h1>
        {otherNames.length > 0 ? (
          <p className="mt-2 text-lg">
            <span className="font-bold">{uiText.otherNames}:</span> {otherNames.join(', ')}
          </p>
        ) : null}
        <p className="mt-2 text-muted print:hidden">{uiText.readingTime(doc.readingMinutes)}</p>
      </header>
      <ShareTools title={doc.title} path={doc.url} />
      {/* On paper the figure sits beside the key points (and a procedure's facts at a glance). */}
      <div className="page-lead">
        <KeyPoints points={doc.keyPoints} />
        {beforeBody}
      </div>
      {needsTableOfContents(toc) ? <TableOfContents entries={sections} /> : null}
      <ArticleBody html={body.before} />
      {urgent ? <CareCards heading={urgent.heading} advice={urgent.advice} /> : null}
      {body.after ? <ArticleBody html={body.after} /> : null}
      {questionsToAsk.length > 0 ? <QuestionsToAsk questions={questionsToAsk} /> : null}
      {related}
      <RelatedLinks
        id={SECTION_IDS.relatedQuestions}
        heading={uiText.related.faqs}
        links={questionsFor(doc).map((faq) => ({ href: faq.url, label: faq.question }))}
      />
      {/* On paper the sources and the footer stay together, so a handout never ends on a
          page holding the footer alone. */}
      <div className="handout-end">
        <SourceList sources={sourcesOf(doc)} />
        <ReviewDates lastReviewed={doc.lastReviewed} clinicalReview={doc.clinicalReview} />
        <JsonLd data={pageStructuredData(doc)} />
        <PrintFooter path={doc.url} reviewed={doc} />
      </div>
      {keywords.length > 0 ? (
        // Last, in a section of its own, so that results never quote it (search-results.ts).
        <p
          hidden
          id={SEARCH_TERMS_ID}
          data-pagefind-title={SEARCH_TERMS_ID}
          data-pagefind-weight="5"
        >
          {keywords.join(', ')}
        </p>
      ) : null}
    </article>
  );
}
