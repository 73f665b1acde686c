/**
 * The two Markdown directives a page body may use:
 *
 * - `:fact[slug]` inserts a shared fact from content/facts/ (its statement, and its sources
 *   in the page's source list), so a figure repeated across pages is written once.
 * - `::crisis-line`, alone in a paragraph, shows the crisis line from the site configuration
 *   (required wherever a page speaks of suicide or self-harm).
 *
 * The content check reads bodies with the facts expanded, as readers see them; the remark
 * plugin below does the same when Contentlayer renders a body.
 */
import type { Link, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ORIGINAL_LOCALE, type Locale } from '../i18n';
import { smsHref, telHref } from '../phone';
import { siteConfig } from '../site-config';
import { fillText, uiTextFor, type UiText } from '../ui-text';
import { readFolderFrontMatter } from './front-matter';
import { localeOfSourceFile, readPerLanguage, type SourceFile } from './source-file';

/** A fact reference in a body. */
export const FACT_REFERENCE = /:fact\[([^\]\n]*)\]/g;

/** The crisis-line directive: a paragraph of its own. */
export const CRISIS_LINE_DIRECTIVE = '::crisis-line';

export type FactEntry = { slug: string; statement: string; sources: unknown[] };

/** Slugs of the facts a body refers to, in order of first use. */
export function factReferences(body: string): string[] {
  return [...new Set([...body.matchAll(FACT_REFERENCE)].map((match) => match[1] ?? ''))];
}

/** The body with each known fact reference replaced by the fact's statement. */
export function expandFacts(body: string, statements: ReadonlyMap<string, string>): string {
  return body.replace(FACT_REFERENCE, (whole, slug: string) => statements.get(slug) ?? whole);
}

/** Whether the body shows the crisis line. */
export const hasCrisisLine = (body: string): boolean =>
  body.split('\n').some((line) => line.trim() === CRISIS_LINE_DIRECTIVE);

/** Facts read from a content folder's facts/ files; broken files are skipped (the content check reports them). */
export function readFacts(contentDir: string): FactEntry[] {
  return readFolderFrontMatter(contentDir, 'facts').flatMap(({ slug, data }) =>
    typeof data.statement === 'string'
      ? [
          {
            slug,
            statement: data.statement,
            sources: Array.isArray(data.sources) ? data.sources : [],
          },
        ]
      : [],
  );
}

/** The crisis line's box, as Markdown nodes rendered to a `<div class="crisis-line">`. */
function crisisLineNode(uiText: UiText): Paragraph {
  const { crisisLine } = siteConfig;
  const text = (value: string): Text => ({ type: 'text', value });
  const link = (url: string, label: string): Link => ({
    type: 'link',
    url,
    children: [text(label)],
  });
  const children: PhrasingContent[] = [
    {
      type: 'strong',
      children: [text(fillText(uiText.crisisLine.lead, { name: crisisLine.name }))],
    },
    text(' '),
    text(uiText.crisisLine.text),
    text(' '),
    link(
      telHref(crisisLine.number),
      fillText(uiText.crisisLine.call, { number: crisisLine.number }),
    ),
  ];
  if (crisisLine.acceptsTexts) {
    children.push(
      text(uiText.crisisLine.or),
      link(
        smsHref(crisisLine.number),
        fillText(uiText.crisisLine.textUs, { number: crisisLine.number }),
      ),
    );
  }
  children.push(text('.'));
  return {
    type: 'paragraph',
    // A plain block, not an <aside>: a complementary landmark inside <main> is an accessibility fault.
    data: { hName: 'div', hProperties: { className: ['crisis-line'] } },
    children,
  };
}

const phraseParser = unified().use(remarkParse);

/** A fact's statement as inline Markdown, to stand where its reference stood. */
function statementNodes(statement: string): PhrasingContent[] {
  return phraseParser
    .parse(statement)
    .children.flatMap((block) => (block.type === 'paragraph' ? block.children : []));
}

type Parent = { children: RootContent[] };

/** Expands both directives in a Markdown tree. */
export function expandDirectives(
  tree: Root,
  facts: readonly FactEntry[],
  locale: Locale = ORIGINAL_LOCALE,
): void {
  const statements = new Map(facts.map((fact) => [fact.slug, fact.statement]));
  const walk = (node: Parent) => {
    node.children = node.children.flatMap((child): RootContent[] => {
      if (child.type === 'paragraph' && child.children.length === 1) {
        const only = child.children[0];
        if (only?.type === 'text' && only.value.trim() === CRISIS_LINE_DIRECTIVE)
          return [crisisLineNode(uiTextFor(locale))];
      }
      if (child.type === 'text' && child.value.includes(':fact[')) {
        const parts: RootContent[] = [];
        let last = 0;
        for (const match of child.value.matchAll(FACT_REFERENCE)) {
          const statement = statements.get(match[1] ?? '');
          if (statement === undefined) continue;
          if (match.index > last)
            parts.push({ type: 'text', value: child.value.slice(last, match.index) });
          parts.push(...statementNodes(statement));
          last = match.index + match[0].length;
        }
        if (last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
        return parts;
      }
      if ('children' in child) walk(child as Parent);
      return [child];
    });
  };
  walk(tree as Parent);
}

/**
 * The remark plugin Contentlayer runs: expands the directives with the facts found in
 * `contentDir`, in the language of each page (a Spanish page inserts content/es/facts/).
 */
export function remarkDirectives(contentDir: string) {
  const factsOf = readPerLanguage(contentDir, readFacts);
  return () => (tree: Root, file: SourceFile) => {
    const locale = localeOfSourceFile(file);
    expandDirectives(tree, factsOf.get(locale) ?? [], locale);
  };
}
