import type { ReactNode } from 'react';
import { uiText } from '@/lib/ui-text';
import { PageIntro } from './PageIntro';
import { PageList, type PageListItem } from './PageList';

type ListedCollection = 'conditions' | 'procedures' | 'guides';

/** Pages listed under a heading of their own. */
export type PageGroup = { id: string; heading: string; items: readonly PageListItem[] };

/**
 * A listing page: the collection's title and introduction, then every page in it, in one
 * list or under headings.
 */
export function CollectionListing({
  collection,
  items,
  before,
  children,
}: {
  collection: ListedCollection;
  items: readonly PageListItem[] | readonly PageGroup[];
  /** Shown between the introduction and the list, such as a link to a comparison. */
  before?: ReactNode;
  /** Ways to browse shown after the list, such as the body map. */
  children?: ReactNode;
}) {
  const text = uiText.collections[collection];
  return (
    <>
      <PageIntro title={text.title} path={`/${collection}`} intro={text.intro} />
      {before}
      {items.every(isGroup) && items.length > 0 ? (
        items.map((group) => (
          <section key={group.id} aria-labelledby={group.id} className="mb-8">
            <h2 id={group.id} className="mb-2 text-2xl font-bold">
              {group.heading}
            </h2>
            <PageList items={group.items} />
          </section>
        ))
      ) : (
        <PageList items={items as readonly PageListItem[]} />
      )}
      {children}
    </>
  );
}

const isGroup = (item: PageListItem | PageGroup): item is PageGroup => 'items' in item;
