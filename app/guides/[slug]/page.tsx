import { notFound } from 'next/navigation';
import { ContentPage } from '@/components/ContentPage';
import { RelatedLinks } from '@/components/RelatedLinks';
import { getGuide, getGuides, relatedGuidesFor } from '@/lib/content/queries';
import { slugRoutes } from '@/lib/content/routes';
import { uiText } from '@/lib/ui-text';

export const dynamicParams = false;
const routes = slugRoutes(getGuides, getGuide);
export const generateStaticParams = routes.generateStaticParams;
export const generateMetadata = routes.generateMetadata;

export default async function GuidePage({ params }: { params: Promise<{ slug: string }> }) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  return (
    <ContentPage
      doc={guide}
      kindLabel={uiText.collections.guides.single}
      parent={{ label: uiText.collections.guides.title, href: '/guides' }}
      related={
        <RelatedLinks
          id="related-guides"
          heading={uiText.related.guides}
          links={relatedGuidesFor(guide).map((g) => ({
            href: g.url,
            label: g.title,
            note: g.description,
          }))}
        />
      }
    />
  );
}
