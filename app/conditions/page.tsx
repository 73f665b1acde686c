import { CollectionListing } from '@/components/CollectionListing';
import { getConditions } from '@/lib/content/queries';
import { BODY_MAP_PATH } from '@/lib/content/site-paths';
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
    <CollectionListing
      collection="conditions"
      items={items}
      before={
        <p className="mb-6 rounded border-2 border-line bg-surface p-4">
          {uiText.bodyMap.teaser}{' '}
          <a href={BODY_MAP_PATH} className="font-bold">
            {uiText.bodyMap.heading}
          </a>
        </p>
      }
    />
  );
}
