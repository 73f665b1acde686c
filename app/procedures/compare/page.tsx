import { PageIntro } from '@/components/PageIntro';
import { PrintFooter } from '@/components/PrintTools';
import { ProcedureComparison } from '@/components/ProcedureComparison';
import { proceduresByKind } from '@/lib/content/queries';
import { PROCEDURE_COMPARISON_PATH } from '@/lib/content/site-paths';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.comparison;

export const metadata = pageMetadata({
  title: text.heading,
  description: text.caption,
  path: PROCEDURE_COMPARISON_PATH,
});

/** Every procedure's at-a-glance facts side by side, by kind: a page of its own, to print or share. */
export default function ProcedureComparisonPage() {
  return (
    <>
      <PageIntro
        title={text.heading}
        path={PROCEDURE_COMPARISON_PATH}
        intro={text.caption}
        trail={[{ label: uiText.collections.procedures.title, href: '/procedures' }]}
      />
      <ProcedureComparison groups={proceduresByKind()} />
      <PrintFooter path={PROCEDURE_COMPARISON_PATH} />
    </>
  );
}
