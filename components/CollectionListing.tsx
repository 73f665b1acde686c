import type { ReactNode } from 'react';
import { uiText } from '@/lib/ui-text';
import { PageIntro } from './PageIntro';
import { PageList, type PageListItem } from './PageList';

type ListedCollection = 'conditions' | 'procedures' | 'guides';

/** A listing page: the collection's title and introduction, then every page in it. */
export function CollectionListing({
  collection,
  items,
  children,
}: {
  collection: ListedCollection;
  items: readonly PageListItem[];
  /** Ways to browse shown after the list, such as the body map or the comparison table. */
  children?: ReactNode;
}) {
  const text = uiText.collections[collection];
  return (
    <>
      <PageIntro title={text.title} path={`/${collection}`} intro={text.intro} />
      <PageList items={items} />
      {children}
    </>
  );
}
