/** What every `[slug]` page shares: one page per document, its address and metadata from its fields. */
import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/metadata';

type RoutablePage = { slug: string; title: string; description: string; url: string };
export type SlugParams = { slug: string };

export function slugRoute<T extends RoutablePage>(
  all: () => readonly T[],
  find: (slug: string) => T | undefined,
) {
  return {
    staticParams: (): SlugParams[] => all().map((page) => ({ slug: page.slug })),
    path: ({ slug }: SlugParams) => find(slug)?.url ?? '',
    metadata: ({ slug }: SlugParams): Metadata => {
      const page = find(slug);
      return page
        ? pageMetadata({ title: page.title, description: page.description, path: page.url })
        : {};
    },
  };
}
