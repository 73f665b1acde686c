import { notFound } from 'next/navigation';
import { AtAGlance } from '@/components/AtAGlance';
import { ContentPage } from '@/components/ContentPage';
import { RelatedLinks } from '@/components/RelatedLinks';
import {
  conditionsFor,
  getProcedure,
  getProcedures,
  questionsFor,
  tocOf,
} from '@/lib/content/queries';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getProcedures().map((procedure) => ({ slug: procedure.slug }));
}

export async function generateMetadata({ params }: Params) {
  const procedure = getProcedure((await params).slug);
  if (!procedure) return {};
  return pageMetadata({
    title: procedure.title,
    description: procedure.description,
    path: procedure.url,
  });
}

export default async function ProcedurePage({ params }: Params) {
  const procedure = getProcedure((await params).slug);
  if (!procedure) notFound();
  return (
    <ContentPage
      kindLabel={`${uiText.collections.procedures.single}: ${uiText.procedureKinds[procedure.kind]}`}
      title={procedure.title}
      otherNames={procedure.otherNames}
      readingMinutes={procedure.readingMinutes}
      breadcrumbs={[{ label: uiText.collections.procedures.title, href: '/procedures' }]}
      keyPoints={procedure.keyPoints}
      beforeBody={<AtAGlance glance={procedure.atAGlance} />}
      toc={tocOf(procedure)}
      html={procedure.body.html}
      urgent={{ heading: uiText.urgent.procedureHeading, signs: procedure.warningSigns ?? [] }}
      questionsToAsk={procedure.questionsToAsk}
      related={
        <>
          <RelatedLinks
            id="related-conditions"
            heading={uiText.related.conditions}
            links={conditionsFor(procedure).map((c) => ({
              href: c.url,
              label: c.title,
              note: c.description,
            }))}
          />
          <RelatedLinks
            id="related-questions"
            heading={uiText.related.faqs}
            links={questionsFor(procedure).map((faq) => ({ href: faq.url, label: faq.question }))}
          />
        </>
      }
      sources={procedure.sources}
      lastReviewed={procedure.lastReviewed}
    />
  );
}
