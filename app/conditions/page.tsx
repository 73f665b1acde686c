import { CollectionListing } from '@/components/CollectionListing';
import { BodyMap } from '@/components/BodyMap';
import { conditionsByBodyArea, getConditions } from '@/lib/content/queries';
import { collectionMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

export const metadata = collectionMetadata('conditions', '/conditions');

export default function ConditionsPage() {
  const items = getConditions().map((condition) => ({
    href: condition.url,
    title: condition.title,
    description: condition.description,
    meta: `${uiText.bodyAreaLabel}: ${condition.bodyAreas.map((area) => uiText.bodyAreas[area]).join(', ')}`,
  }));
  return (
    <CollectionListing collection="conditions" items={items}>
      <BodyMap groups={conditionsByBodyArea()} />
    </CollectionListing>
  );
}
