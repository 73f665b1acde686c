import { notFound } from 'next/navigation';
import { AnatomyFigure } from '@/components/AnatomyFigure';
import { AtAGlance } from '@/components/AtAGlance';
import { ContentPage } from '@/components/ContentPage';
import { RelatedLinks, describedLinks } from '@/components/RelatedLinks';
import { requiredSectionId } from '@/lib/content/body-sections';
import {
  comesAfterFor,
  conditionsFor,
  getProcedure,
  getProcedures,
  nextStepsFor,
} from '@/lib/content/queries';
import { procedurePurpose } from '@/lib/diagram-text';
import { sitePath } from '@/lib/request-locale';
import { SECTION_IDS } from '@/lib/section-ids';
import { uiText } from '@/lib/ui-text';
import type { Route } from './route-in';
import { slugRoute, type SlugParams } from './slug-route';

export const procedureRoute: Route<SlugParams> = {
  card: ({ slug }) => [uiText.collections.procedures.single, getProcedure(slug)?.title ?? ''],
  ...slugRoute(getProcedures, getProcedure),
  Page: ({ params }) => {
    const procedure = getProcedure(params.slug);
    if (!procedure) notFound();
    return (
      <ContentPage
        doc={procedure}
        kindLabel={`${uiText.collections.procedures.single}: ${uiText.procedureKinds[procedure.kind]}`}
        parent={{ label: uiText.collections.procedures.title, href: sitePath('/procedures') }}
        beforeBody={
          <>
            <AtAGlance glance={procedure.atAGlance} />
            <AnatomyFigure
              view={procedure.diagram.view}
              highlight={procedure.diagram.highlight}
              purpose={procedurePurpose(procedure.diagram.shows)}
            />
          </>
        }
        urgent={{
          heading: uiText.urgent.procedureHeading,
          advice: procedure,
          // Where a patient reads about aftercare.
          afterSection: requiredSectionId('procedures', 'After the procedure', procedure.locale),
        }}
        questionsToAsk={procedure.questionsToAsk}
        related={
          <>
            <RelatedLinks
              id={SECTION_IDS.nextSteps}
              heading={uiText.nextSteps}
              links={describedLinks(nextStepsFor(procedure))}
            />
            <RelatedLinks
              id={SECTION_IDS.comesAfter}
              heading={uiText.comesAfter}
              links={describedLinks(comesAfterFor(procedure))}
            />
            <RelatedLinks
              id={SECTION_IDS.relatedConditions}
              heading={uiText.related.conditions}
              links={describedLinks(conditionsFor(procedure))}
            />
          </>
        }
      />
    );
  },
};
