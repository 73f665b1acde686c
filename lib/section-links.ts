/**
 * "Link to this section" anchors: a visible # after every heading of a page body, FAQ
 * question and glossary term, so clinic staff can send a link to the exact part they mean.
 * The same markup comes from the Markdown pipeline (via rehype-autolink-headings) and from
 * components/SectionLink.tsx.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { localeOfSourceFile, type SourceFile } from './content/source-file';
import type { Locale } from './i18n';
import { uiText, uiTextFor } from './ui-text';

export const SECTION_LINK_CLASS = 'section-link';

/** Plain text of a hast element. */
function textOf(node: Readonly<Element> | Readonly<ElementContent>): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** The label a screen reader hears for the link after `heading`, in the page's language. */
export const sectionLinkLabel = (heading: string, locale?: Locale) =>
  `${(locale ? uiTextFor(locale) : uiText).sectionLink.label}: ${heading}`;

/** Options for rehype-autolink-headings: a link after each heading, both wrapped in a div. */
export const autolinkOptions = (locale: Locale) => ({
  behavior: 'after' as const,
  group: {
    type: 'element' as const,
    tagName: 'div',
    properties: { className: ['section-heading'] },
    children: [],
  },
  properties: (heading: Readonly<Element>) => ({
    className: [SECTION_LINK_CLASS],
    ariaLabel: sectionLinkLabel(textOf(heading), locale),
  }),
  content: { type: 'text' as const, value: '#' },
});

/** The rehype plugin Contentlayer runs: section links labelled in each page's language. */
export function rehypeSectionLinks() {
  return (tree: Root, file: SourceFile) =>
    rehypeAutolinkHeadings(autolinkOptions(localeOfSourceFile(file)))(tree);
}
