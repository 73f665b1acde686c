import { notFound } from 'next/navigation';
import { ContentPage } from '@/components/ContentPage';
import { RelatedLinks } from '@/components/RelatedLinks';
import {
  getCondition,
  getConditions,
  proceduresFor,
  questionsFor,
  tocOf,
} from '@/lib/content/queries';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getConditions().map((condition) => ({ slug: condition.slug }));
}

export async function generateMetadata({ params }: Params) {
  const condition = getCondition((await params).slug);
  if (!condition) return {};
  return pageMetadata({
    title: condition.title,
    description: condition.description,
    path: condition.url,
  });
}

export default async function ConditionPage({ params }: Params) {
  const condition = getCondition((await params).slug);
  if (!condition) notFound();
  return (
    <ContentPage
      kindLabel={uiText.collections.conditions.single}
      title={condition.title}
      otherNames={condition.otherNames}
      readingMinutes={condition.readingMinutes}
      breadcrumbs={[{ label: uiText.collections.conditions.title, href: '/conditions' }]}
      keyPoints={condition.keyPoints}
      toc={tocOf(condition)}
      html={condition.body.html}
      urgent={{ heading: uiText.urgent.conditionHeading, signs: condition.warningSigns ?? [] }}
      related={
        <>
          <RelatedLinks
            id="related-procedures"
            heading={uiText.related.procedures}
            links={proceduresFor(condition).map((p) => ({
              href: p.url,
              label: p.title,
              note: p.description,
            }))}
          />
          <RelatedLinks
            id="related-questions"
            heading={uiText.related.faqs}
            links={questionsFor(condition).map((faq) => ({ href: faq.url, label: faq.question }))}
          />
        </>
      }
      sources={condition.sources}
      lastReviewed={condition.lastReviewed}
    />
  );
}
