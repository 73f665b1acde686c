import { notFound } from 'next/navigation';
import { ContentPage } from '@/components/ContentPage';
import { RelatedLinks } from '@/components/RelatedLinks';
import { getCondition, getConditions, proceduresFor } from '@/lib/content/queries';
import { slugRoutes } from '@/lib/content/routes';
import { uiText } from '@/lib/ui-text';

export const dynamicParams = false;
const routes = slugRoutes(getConditions, getCondition);
export const generateStaticParams = routes.generateStaticParams;
export const generateMetadata = routes.generateMetadata;

export default async function ConditionPage({ params }: { params: Promise<{ slug: string }> }) {
  const condition = getCondition((await params).slug);
  if (!condition) notFound();
  return (
    <ContentPage
      doc={condition}
      kindLabel={uiText.collections.conditions.single}
      parent={{ label: uiText.collections.conditions.title, href: '/conditions' }}
      urgent={{ heading: uiText.urgent.conditionHeading, signs: condition.warningSigns ?? [] }}
      related={
        <RelatedLinks
          id="related-procedures"
          heading={uiText.related.procedures}
          links={proceduresFor(condition).map((p) => ({
            href: p.url,
            label: p.title,
            note: p.description,
          }))}
        />
      }
    />
  );
}
