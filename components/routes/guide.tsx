import { notFound } from 'next/navigation';
import { ContentPage } from '@/components/ContentPage';
import { RelatedLinks } from '@/components/RelatedLinks';
import { getGuide, getGuides, relatedGuidesFor } from '@/lib/content/queries';
import { sitePath } from '@/lib/request-locale';
import { uiText } from '@/lib/ui-text';
import type { Route } from './route-in';
import { slugRoute, type SlugParams } from './slug-route';

export const guideRoute: Route<SlugParams> = {
  card: ({ slug }) => [uiText.collections.guides.single, getGuide(slug)?.title ?? ''],
  ...slugRoute(getGuides, getGuide),
  Page: ({ params }) => {
    const guide = getGuide(params.slug);
    if (!guide) notFound();
    return (
      <ContentPage
        doc={guide}
        kindLabel={uiText.collections.guides.single}
        parent={{ label: uiText.collections.guides.title, href: sitePath('/guides') }}
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
  },
};
