import { notFound } from 'next/navigation';
import { AnatomyFigure } from '@/components/AnatomyFigure';
import { AtAGlance } from '@/components/AtAGlance';
import { ContentPage } from '@/components/ContentPage';
import { RelatedLinks, describedLinks } from '@/components/RelatedLinks';
import {
  comesAfterFor,
  conditionsFor,
  getProcedure,
  getProcedures,
  nextStepsFor,
} from '@/lib/content/queries';
import { SECTION_IDS } from '@/lib/section-ids';
import { slugRoutes } from '@/lib/content/routes';
import { uiText } from '@/lib/ui-text';

/** The body section the urgent-advice cards follow: where a patient reads about aftercare. */
const AFTER_THE_PROCEDURE = 'after-the-procedure';

export const dynamicParams = false;
const routes = slugRoutes(getProcedures, getProcedure);
export const generateStaticParams = routes.generateStaticParams;
export const generateMetadata = routes.generateMetadata;

export default async function ProcedurePage({ params }: { params: Promise<{ slug: string }> }) {
  const procedure = getProcedure((await params).slug);
  if (!procedure) notFound();
  return (
    <ContentPage
      doc={procedure}
      kindLabel={`${uiText.collections.procedures.single}: ${uiText.procedureKinds[procedure.kind]}`}
      parent={{ label: uiText.collections.procedures.title, href: '/procedures' }}
      beforeBody={
        <>
          <AtAGlance glance={procedure.atAGlance} />
          <AnatomyFigure {...procedure.diagram} purpose="procedure" />
        </>
      }
      urgent={{
        heading: uiText.urgent.procedureHeading,
        advice: procedure,
        afterSection: AFTER_THE_PROCEDURE,
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
}
