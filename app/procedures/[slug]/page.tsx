import { notFound } from 'next/navigation';
import { AtAGlance } from '@/components/AtAGlance';
import { ContentPage } from '@/components/ContentPage';
import { RelatedLinks } from '@/components/RelatedLinks';
import { conditionsFor, getProcedure, getProcedures } from '@/lib/content/queries';
import { slugRoutes } from '@/lib/content/routes';
import { uiText } from '@/lib/ui-text';

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
      beforeBody={<AtAGlance glance={procedure.atAGlance} />}
      urgent={{ heading: uiText.urgent.procedureHeading, signs: procedure.warningSigns ?? [] }}
      questionsToAsk={procedure.questionsToAsk}
      related={
        <RelatedLinks
          id="related-conditions"
          heading={uiText.related.conditions}
          links={conditionsFor(procedure).map((c) => ({
            href: c.url,
            label: c.title,
            note: c.description,
          }))}
        />
      }
    />
  );
}
