/**
 * The inline glossary: the first use of each glossary term in a page body becomes a link
 * to its definition, carrying the definition for the hover-and-focus popup. A rehype
 * plugin, run by Contentlayer on every body; pure apart from reading the glossary folder.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { ORIGINAL_LOCALE, localizePath, logicalPath, type Locale } from '../i18n';
import { readFolderFrontMatter } from './front-matter';
import { localeOfSourceFile, readPerLanguage, type SourceFile } from './source-file';
import { pageUrl } from './schema';
import { termMatcher } from './term-matcher';

export type GlossaryEntry = { slug: string; words: string[]; definition: string };

/** Glossary entries read from a content folder's glossary/ files; broken files are skipped (the content check reports them). */
export function readGlossary(contentDir: string): GlossaryEntry[] {
  return readFolderFrontMatter(contentDir, 'glossary').flatMap(({ slug, data }) => {
    if (typeof data.term !== 'string' || typeof data.definition !== 'string') return [];
    const spellings = Array.isArray(data.otherSpellings)
      ? data.otherSpellings.filter((s): s is string => typeof s === 'string')
      : [];
    return [{ slug, words: [data.term, ...spellings], definition: data.definition }];
  });
}

const SKIPPED = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Links the first use of each term in the tree; terms already linked by the author are left alone. */
export function linkGlossaryTerms(
  tree: Root,
  glossary: readonly GlossaryEntry[],
  locale: Locale = ORIGINAL_LOCALE,
): void {
  const slugOf = new Map<string, GlossaryEntry>();
  for (const entry of glossary)
    for (const word of entry.words) slugOf.set(word.toLowerCase(), entry);
  if (slugOf.size === 0) return;
  const findTerms = termMatcher([...slugOf.keys()]);
  const used = new Set<string>();

  const visitLinks = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const href = child.tagName === 'a' ? String(child.properties?.href ?? '') : '';
      const match = /^\/glossary(?:\/[a-z0-9-]+)?#(.+)$/.exec(logicalPath(href, locale) ?? '');
      if (match?.[1]) used.add(match[1]);
      visitLinks(child);
    }
  };
  visitLinks(tree);

  const linkText = (text: Text): ElementContent[] => {
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of findTerms(text.value)) {
      const entry = slugOf.get(match.text.toLowerCase());
      if (!entry || used.has(entry.slug)) continue;
      used.add(entry.slug);
      const start = match.index;
      if (start > last) parts.push({ type: 'text', value: text.value.slice(last, start) });
      parts.push({
        type: 'element',
        tagName: 'a',
        properties: {
          href: localizePath(pageUrl('glossary', entry.slug), locale),
          className: ['glossary-term'],
          dataDefinition: entry.definition,
        },
        children: [{ type: 'text', value: match.text }],
      });
      last = start + match.text.length;
    }
    if (parts.length === 0) return [text];
    if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
    return parts;
  };

  const walk = (node: Root | Element) => {
    const children: (typeof node.children)[number][] = [];
    for (const child of node.children) {
      if (child.type === 'text') {
        children.push(...linkText(child));
        continue;
      }
      if (child.type === 'element' && !SKIPPED.has(child.tagName)) walk(child);
      children.push(child);
    }
    // The new children are the old ones with some text split into text and links.
    node.children = children as typeof node.children;
  };
  walk(tree);
}

/** The rehype plugin Contentlayer runs: links glossary terms found in `contentDir`, in each page's language. */
export function rehypeGlossary(contentDir: string) {
  const glossaryOf = readPerLanguage(contentDir, readGlossary);
  return () => (tree: Root, file: SourceFile) => {
    const locale = localeOfSourceFile(file);
    linkGlossaryTerms(tree, glossaryOf.get(locale) ?? [], locale);
  };
}
