import { PageIntro } from '@/components/PageIntro';
import { PrintFooter } from '@/components/PrintTools';
import { ProcedureComparison } from '@/components/ProcedureComparison';
import { proceduresByKind } from '@/lib/content/queries';
import { PROCEDURE_COMPARISON_PATH } from '@/lib/content/site-paths';
import { sitePath } from '@/lib/request-locale';
import { uiText } from '@/lib/ui-text';
import { fixedRoute } from './fixed-route';
import type { Route } from './route-in';

/** Every procedure's at-a-glance facts side by side, by kind: a page of its own, to print or share. */
export const comparisonRoute: Route = {
  card: () => [uiText.collections.procedures.title, uiText.comparison.heading],
  ...fixedRoute(PROCEDURE_COMPARISON_PATH, () => ({
    title: uiText.comparison.heading,
    description: uiText.comparison.caption,
  })),
  Page: () => {
    const path = sitePath(PROCEDURE_COMPARISON_PATH);
    return (
      <>
        <PageIntro
          title={uiText.comparison.heading}
          path={path}
          intro={uiText.comparison.caption}
          trail={[{ label: uiText.collections.procedures.title, href: sitePath('/procedures') }]}
        />
        <ProcedureComparison groups={proceduresByKind()} />
        <PrintFooter path={path} />
      </>
    );
  },
};
