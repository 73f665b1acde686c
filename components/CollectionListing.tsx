import { uiText } from '@/lib/ui-text';
import { PageIntro } from './PageIntro';
import { PageList, type PageListItem } from './PageList';

type ListedCollection = 'conditions' | 'procedures' | 'guides';

/** A listing page: the collection's title and introduction, then every page in it. */
export function CollectionListing({
  collection,
  items,
}: {
  collection: ListedCollection;
  items: readonly PageListItem[];
}) {
  const text = uiText.collections[collection];
  return (
    <>
      <PageIntro title={text.title} path={`/${collection}`} intro={text.intro} />
      <PageList items={items} />
    </>
  );
}
