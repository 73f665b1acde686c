import type { Metadata } from 'next';
import { pageMetadata } from '../metadata';

type RoutablePage = { slug: string; title: string; description: string; url: string };
type SlugParams = { params: Promise<{ slug: string }> };

/**
 * The static-generation exports every `[slug]` page needs: one route per page of the
 * collection, and each page's metadata from its own fields.
 */
export function slugRoutes<T extends RoutablePage>(all: () => T[], find: (slug: string) => T | undefined) {
  return {
    generateStaticParams: () => all().map((page) => ({ slug: page.slug })),
    generateMetadata: async ({ params }: SlugParams): Promise<Metadata> => {
      const page = find((await params).slug);
      return page ? pageMetadata({ title: page.title, description: page.description, path: page.url }) : {};
    },
  };
}
