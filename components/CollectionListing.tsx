import type { ReactNode } from 'react';
import { uiText } from '@/lib/ui-text';
import { PageIntro } from './PageIntro';
import { PageList, type PageListItem } from './PageList';

type ListedCollection = 'conditions' | 'procedures' | 'guides';

/** Pages listed under a heading of their own. */
export type PageGroup = { id: string; heading: string; items: readonly PageListItem[] };

/**
 * A listing page: the collection's title and introduction, then every page in it, in one
 * list (`items`) or under headings (`groups`).
 */
export function CollectionListing({
  collection,
  items = [],
  groups,
  before,
  children,
}: {
  collection: ListedCollection;
  items?: readonly PageListItem[];
  groups?: readonly PageGroup[];
  /** Shown between the introduction and the list, such as a link to a comparison. */
  before?: ReactNode;
  /** Ways to browse shown after the list. */
  children?: ReactNode;
}) {
  const text = uiText.collections[collection];
  return (
    <>
      <PageIntro title={text.title} path={`/${collection}`} intro={text.intro} />
      {before}
      {groups ? (
        groups.map((group) => (
          <section key={group.id} aria-labelledby={group.id} className="mb-8">
            <h2 id={group.id} className="mb-2 text-2xl font-bold">
              {group.heading}
            </h2>
            <PageList items={group.items} />
          </section>
        ))
      ) : (
        <PageList items={items} />
      )}
      {children}
    </>
  );
}
