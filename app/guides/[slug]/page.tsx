import { notFound } from 'next/navigation';
import { ContentPage } from '@/components/ContentPage';
import { RelatedLinks } from '@/components/RelatedLinks';
import { getGuide, getGuides, questionsFor, relatedGuidesFor, tocOf } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getGuides().map((guide) => ({ slug: guide.slug }));
}

export async function generateMetadata({ params }: Params) {
  const guide = getGuide((await params).slug);
  if (!guide) return {};
  return pageMetadata({ title: guide.title, description: guide.description, path: guide.url });
}

export default async function GuidePage({ params }: Params) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  return (
    <ContentPage
      kindLabel={uiText.collections.guides.single}
      title={guide.title}
      readingMinutes={guide.readingMinutes}
      breadcrumbs={[{ label: uiText.collections.guides.title, href: '/guides' }]}
      keyPoints={guide.keyPoints}
      toc={tocOf(guide)}
      html={guide.body.html}
      related={
        <>
          <RelatedLinks
            id="related-guides"
            heading={uiText.related.guides}
            links={relatedGuidesFor(guide).map((g) => ({
              href: g.url,
              label: g.title,
              note: g.description,
            }))}
          />
          <RelatedLinks
            id="related-questions"
            heading={uiText.related.faqs}
            links={questionsFor(guide).map((faq) => ({ href: faq.url, label: faq.question }))}
          />
        </>
      }
      sources={guide.sources}
      lastReviewed={guide.lastReviewed}
    />
  );
}
