/**
 * Links from page bodies to other sites open without telling that site which page the
 * reader was on (a page's address is health information) and without giving it a handle
 * on this page.
 */
import type { Element, Root } from 'hast';

const isExternal = (href: string, siteOrigin: string) =>
  /^https?:\/\//i.test(href) && new URL(href).origin !== siteOrigin;

export function markExternalLinks(tree: Root, siteOrigin: string): void {
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const href = child.tagName === 'a' ? String(child.properties?.href ?? '') : '';
      if (href && isExternal(href, siteOrigin))
        child.properties = { ...child.properties, rel: ['noopener', 'noreferrer'] };
      walk(child);
    }
  };
  walk(tree);
}

export function rehypeExternalLinks(siteOrigin: string) {
  return () => (tree: Root) => markExternalLinks(tree, siteOrigin);
}
