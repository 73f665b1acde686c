import { CollectionListing } from '@/components/CollectionListing';
import { getGuides } from '@/lib/content/queries';
import { collectionMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

export const metadata = collectionMetadata('guides', '/guides');

export default function GuidesPage() {
  const items = getGuides().map((guide) => ({
    href: guide.url,
    title: guide.title,
    description: guide.description,
    meta: guide.topics.map((topic) => uiText.topics[topic]).join(', '),
  }));
  return <CollectionListing collection="guides" items={items} />;
}
