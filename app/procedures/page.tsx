import { CollectionListing } from '@/components/CollectionListing';
import { ProcedureComparison } from '@/components/ProcedureComparison';
import { getProcedures } from '@/lib/content/queries';
import { collectionMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

export const metadata = collectionMetadata('procedures', '/procedures');

export default function ProceduresPage() {
  const procedures = getProcedures();
  const items = procedures.map((procedure) => ({
    href: procedure.url,
    title: procedure.title,
    description: procedure.description,
    meta: `${uiText.kindLabel}: ${uiText.procedureKinds[procedure.kind]}`,
  }));
  return (
    <CollectionListing collection="procedures" items={items}>
      <ProcedureComparison procedures={procedures} />
    </CollectionListing>
  );
}
