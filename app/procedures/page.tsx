import { CollectionListing } from '@/components/CollectionListing';
import { proceduresByKind } from '@/lib/content/queries';
import { PROCEDURE_COMPARISON_PATH } from '@/lib/content/site-paths';
import { collectionMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

export const metadata = collectionMetadata('procedures', '/procedures');

/** Every procedure, by kind; the side-by-side comparison has a page of its own. */
export default function ProceduresPage() {
  const groups = proceduresByKind().map(({ key, items }) => ({
    id: `kind-${key}`,
    heading: uiText.procedureKindHeadings[key],
    items: items.map((procedure) => ({
      href: procedure.url,
      title: procedure.title,
      description: procedure.description,
    })),
  }));
  return (
    <CollectionListing
      collection="procedures"
      groups={groups}
      before={
        <p className="mb-6 text-lg font-bold">
          <a href={PROCEDURE_COMPARISON_PATH}>{uiText.comparison.link}</a>
        </p>
      }
    />
  );
}
