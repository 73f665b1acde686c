/**
 * The ids of body headings, which staff put in links to a section (/es/afecciones/ciatica#que-es).
 * GitHub's slugs (as rehype-slug makes them), with accents taken off, so a Spanish section's
 * address stays plain ASCII and does not turn into percent-escapes when it is shared.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const textOf = (node: Element | ElementContent): string =>
  node.type === 'text'
    ? node.value
    : node.type === 'element'
      ? node.children.map(textOf).join('')
      : '';

/** Makes ids for a page's headings in order; the same text twice gets "-1", as on GitHub. */
export function headingIdMaker(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) =>
    slugger
      .slug(text)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
}

/** The rehype plugin Contentlayer runs in place of rehype-slug. */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const idOf = headingIdMaker();
    visit(tree, 'element', (node: Element) => {
      if (/^h[1-6]$/.test(node.tagName) && node.properties.id === undefined)
        node.properties.id = idOf(textOf(node));
    });
  };
}
