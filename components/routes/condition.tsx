import { notFound } from 'next/navigation';
import { AnatomyFigure } from '@/components/AnatomyFigure';
import { ContentPage } from '@/components/ContentPage';
import { RelatedLinks, describedLinks } from '@/components/RelatedLinks';
import { requiredSectionId } from '@/lib/content/body-sections';
import { getCondition, getConditions, proceduresFor } from '@/lib/content/queries';
import { sitePath } from '@/lib/request-locale';
import { SECTION_IDS } from '@/lib/section-ids';
import { uiText } from '@/lib/ui-text';
import type { Route } from './route-in';
import { slugRoute, type SlugParams } from './slug-route';

export const conditionRoute: Route<SlugParams> = {
  card: ({ slug }) => [uiText.collections.conditions.single, getCondition(slug)?.title ?? ''],
  ...slugRoute(getConditions, getCondition),
  Page: ({ params }) => {
    const condition = getCondition(params.slug);
    if (!condition) notFound();
    return (
      <ContentPage
        doc={condition}
        kindLabel={uiText.collections.conditions.single}
        parent={{ label: uiText.collections.conditions.title, href: sitePath('/conditions') }}
        beforeBody={
          <AnatomyFigure
            view={condition.diagram.view}
            highlight={condition.diagram.highlight}
            purpose="condition"
          />
        }
        urgent={{
          heading: uiText.urgent.conditionHeading,
          advice: condition,
          afterSection: requiredSectionId('conditions', 'When to get help', condition.locale),
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
  },
};
