import type { ReactNode } from 'react';
import type { TocEntry } from '@/lib/content/markdown';
import { needsTableOfContents } from '@/lib/content/markdown';
import { uiText } from '@/lib/ui-text';
import { ArticleBody } from './ArticleBody';
import { WarningSigns } from './CareCard';
import { QuestionsToAsk } from './QuestionsToAsk';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';
import { KeyPoints } from './KeyPoints';
import { ReviewDates } from './ReviewDates';
import { SourceList, type SourceItem } from './SourceList';
import { TableOfContents } from './TableOfContents';

type ContentPageProps = {
  /** What kind of page this is, shown above the title ("Condition", "Procedure", "Guide"). */
  kindLabel: string;
  title: string;
  otherNames?: readonly string[];
  readingMinutes: number;
  breadcrumbs: Crumb[];
  keyPoints: readonly string[];
  /** Shown between the key points and the body, e.g. a procedure's at-a-glance box. */
  beforeBody?: ReactNode;
  toc: readonly TocEntry[];
  html: string;
  /** Symptoms that need urgent care, and the heading of their box; no box when empty. */
  urgent?: { heading: string; signs: readonly string[] };
  questionsToAsk?: readonly string[];
  related?: ReactNode;
  sources: readonly SourceItem[];
  lastReviewed: string;
};

/** The shared shape of every condition, procedure and guide page. */
export function ContentPage(props: ContentPageProps) {
  const urgent = props.urgent && props.urgent.signs.length > 0 ? props.urgent : undefined;
  const questions = props.questionsToAsk ?? [];
  const sections: TocEntry[] = [
    ...props.toc,
    ...(urgent ? [{ id: 'get-help-urgently', text: urgent.heading, depth: 2 as const }] : []),
    ...(questions.length > 0
      ? [{ id: 'questions-to-ask', text: uiText.questionsToAsk, depth: 2 as const }]
      : []),
    { id: 'sources', text: uiText.sources, depth: 2 },
  ];
  return (
    <article>
      <Breadcrumbs trail={props.breadcrumbs} current={props.title} />
      <header>
        <p className="text-base font-bold uppercase tracking-wide text-muted">{props.kindLabel}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{props.title}</h1>
        {props.otherNames && props.otherNames.length > 0 ? (
          <p className="mt-2 text-lg">
            <span className="font-bold">{uiText.otherNames}:</span> {props.otherNames.join(', ')}
          </p>
        ) : null}
        <p className="mt-2 text-muted">{uiText.readingTime(props.readingMinutes)}</p>
      </header>
      <KeyPoints points={props.keyPoints} />
      {props.beforeBody}
      {needsTableOfContents(props.toc) ? <TableOfContents entries={sections} /> : null}
      <ArticleBody html={props.html} />
      {urgent ? <WarningSigns heading={urgent.heading} signs={urgent.signs} /> : null}
      {questions.length > 0 ? <QuestionsToAsk questions={questions} /> : null}
      {props.related}
      <SourceList sources={props.sources} />
      <ReviewDates lastReviewed={props.lastReviewed} />
    </article>
  );
}
