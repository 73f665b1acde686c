import type { Metadata } from 'next';
import { pageMetadata } from '../metadata';
import { INDEX_LETTERS, letterOfSlug, letterSlug } from './index-letters';

type RoutablePage = { slug: string; title: string; description: string; url: string };
type SlugParams = { params: Promise<{ slug: string }> };

/**
 * The static-generation exports every `[slug]` page needs: one route per page of the
 * collection, and each page's metadata from its own fields.
 */
export function slugRoutes<T extends RoutablePage>(
  all: () => readonly T[],
  find: (slug: string) => T | undefined,
) {
  return {
    generateStaticParams: () => all().map((page) => ({ slug: page.slug })),
    generateMetadata: async ({ params }: SlugParams): Promise<Metadata> => {
      const page = find((await params).slug);
      return page
        ? pageMetadata({ title: page.title, description: page.description, path: page.url })
        : {};
    },
  };
}

export type LetterParams = { params: Promise<{ letter: string }> };

/** Every index letter as a route parameter: a letter's page exists even while it lists nothing. */
export const letterParams = () => INDEX_LETTERS.map((letter) => ({ letter: letterSlug(letter) }));

/** The letter a route parameter stands for, or undefined for an unknown one. */
export const letterOfParams = async ({ params }: LetterParams) =>
  letterOfSlug((await params).letter);

/**
 * The static-generation exports of a page per index letter (the glossary's, the A–Z
 * index's): one route per letter, and metadata that keeps a letter with nothing under it
 * out of search engines.
 */
export function letterRoutes(page: {
  pathOf: (letter: string) => string;
  title: (letter: string) => string;
  description: (letter: string) => string;
  isEmpty: (letter: string) => boolean;
}) {
  return {
    generateStaticParams: letterParams,
    generateMetadata: async (props: LetterParams): Promise<Metadata> => {
      const letter = await letterOfParams(props);
      return letter
        ? pageMetadata({
            title: page.title(letter),
            description: page.description(letter),
            path: page.pathOf(letter),
            noindex: page.isEmpty(letter),
          })
        : {};
    },
  };
}
