import { notFound } from 'next/navigation';
import { AnatomyFigure } from '@/components/AnatomyFigure';
import { ContentPage } from '@/components/ContentPage';
import { RelatedLinks, describedLinks } from '@/components/RelatedLinks';
import { getCondition, getConditions, proceduresFor } from '@/lib/content/queries';
import { slugRoutes } from '@/lib/content/routes';
import { SECTION_IDS } from '@/lib/section-ids';
import { uiText } from '@/lib/ui-text';

/** The body section the urgent-advice cards follow. */
const WHEN_TO_GET_HELP = 'when-to-get-help';

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
      beforeBody={<AnatomyFigure {...condition.diagram} purpose="condition" />}
      urgent={{
        heading: uiText.urgent.conditionHeading,
        advice: condition,
        afterSection: WHEN_TO_GET_HELP,
      }}
      related={
        <RelatedLinks
          id={SECTION_IDS.relatedProcedures}
          heading={uiText.related.procedures}
          links={describedLinks(proceduresFor(condition))}
        />
      }
    />
  );
}
