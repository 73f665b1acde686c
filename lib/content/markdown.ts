/**
 * Pure helpers over a Markdown body: used by Contentlayer's computed fields and by the
 * content check, so that both read the body the same way.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { headingIdMaker } from './heading-ids';

export type TocEntry = {
  /** The heading's id, as written into the page by rehype-slug. */
  id: string;
  text: string;
  /** 2 for a section, 3 for a subsection. */
  depth: 2 | 3;
};

export type BodyProblem = { field: string; value: string; message: string };

/** Slow reading speed, chosen for readers who may be in pain or reading in a second language. */
export const WORDS_PER_MINUTE = 180;

const parser = unified().use(remarkParse).use(remarkGfm);

// The content check asks several questions of each body in a row; parsing it once serves them all.
let lastParsed: { body: string; tree: Root } | undefined;

/** The Markdown syntax tree of a body. Callers must not change the tree. */
export function parseMarkdown(body: string): Root {
  if (lastParsed?.body !== body) lastParsed = { body, tree: parser.parse(body) };
  return lastParsed.tree;
}

/** Sections and subsections of the body, with the same ids the rendered headings get. */
export function tableOfContents(body: string): TocEntry[] {
  const idOf = headingIdMaker();
  const entries: TocEntry[] = [];
  visit(parseMarkdown(body), 'heading', (node) => {
    const text = toString(node);
    // Every heading takes a slug, so later ids match rehype-slug even when a level is left out.
    const id = idOf(text);
    if (node.depth === 2 || node.depth === 3) entries.push({ id, text, depth: node.depth });
  });
  return entries;
}

function blockText(node: RootContent): string {
  if (node.type === 'list') return node.children.map((item) => toString(item)).join('\n');
  if (node.type === 'table') {
    return node.children
      .map((row) => row.children.map((cell) => toString(cell)).join(' '))
      .join('\n');
  }
  return toString(node);
}

/** The body as plain text, one block a line: for search and readability checks. */
export function plainText(body: string): string {
  return parseMarkdown(body)
    .children.filter((node) => node.type !== 'html' && node.type !== 'code')
    .map(blockText)
    .filter((text) => text.trim() !== '')
    .join('\n');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Minutes to read the text, rounded up, at least 1. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.ceil(wordCount(text) / WORDS_PER_MINUTE));
}

/**
 * Problems in a body that the schema cannot see: headings must start at level 2 (the page
 * title is the only level 1) and never skip a level, every image needs alt text, and raw
 * HTML is refused because it could carry scripts or break the page's structure.
 */
export function bodyProblems(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let previousDepth = 1;
  visit(parseMarkdown(body), (node) => {
    if (node.type === 'heading') {
      const text = toString(node);
      if (node.depth === 1) {
        problems.push({
          field: 'body',
          value: `# ${text}`,
          message: 'level 1 heading: the title is the only level 1 heading; start sections with ##',
        });
      } else if (node.depth > previousDepth + 1) {
        problems.push({
          field: 'body',
          value: `${'#'.repeat(node.depth)} ${text}`,
          message: `skipped heading level: a level ${node.depth} heading follows level ${previousDepth}`,
        });
      }
      previousDepth = node.depth;
    } else if (node.type === 'image' || node.type === 'imageReference') {
      if (!node.alt || node.alt.trim() === '') {
        const value = node.type === 'image' ? node.url : node.identifier;
        problems.push({
          field: 'body',
          value,
          message: 'image without alt text: describe the image in the square brackets',
        });
      }
    } else if (node.type === 'html') {
      problems.push({
        field: 'body',
        value: node.value.split('\n')[0] ?? '',
        message: 'raw HTML is not allowed: use Markdown only',
      });
    }
  });
  return problems;
}

/** Pages with this many sections or more get a table of contents. */
export const TOC_MIN_SECTIONS = 4;

export function needsTableOfContents(entries: readonly TocEntry[]): boolean {
  return entries.filter((entry) => entry.depth === 2).length >= TOC_MIN_SECTIONS;
}

/**
 * The body's prose, one string per paragraph, list item or table cell: what readability
 * is measured on. Headings, code and raw HTML are left out.
 */
export function proseBlocks(body: string): string[] {
  const blocks: string[] = [];
  visit(parseMarkdown(body), (node) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      const text = toString(node).trim();
      if (text) blocks.push(text);
      return 'skip';
    }
    if (node.type === 'heading' || node.type === 'code' || node.type === 'html') return 'skip';
  });
  return blocks;
}

/** Every link in the body, as written. */
export function linkTargets(body: string): string[] {
  const targets: string[] = [];
  visit(parseMarkdown(body), 'link', (node) => {
    targets.push(node.url);
  });
  return targets;
}

/** The text of the body's level 2 headings, in order. */
export function sectionTitles(body: string): string[] {
  return tableOfContents(body)
    .filter((entry) => entry.depth === 2)
    .map((entry) => entry.text);
}

/** The prose of one level 2 section, found by its heading text; empty when there is none. */
export function sectionProse(body: string, heading: string): string {
  const tree = parseMarkdown(body);
  const start = tree.children.findIndex(
    (node) =>
      node.type === 'heading' &&
      node.depth === 2 &&
      toString(node).toLowerCase() === heading.toLowerCase(),
  );
  if (start === -1) return '';
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth === 2);
  return (end === -1 ? rest : rest.slice(0, end))
    .filter((node) => node.type !== 'heading' && node.type !== 'html' && node.type !== 'code')
    .map(blockText)
    .join('\n');
}

export type BodyFacts = {
  problems: BodyProblem[];
  prose: string[];
  links: string[];
  sections: string[];
};

/** Everything the content check needs from a body, from a single parse. */
export function analyzeBody(body: string): BodyFacts {
  return {
    problems: bodyProblems(body),
    prose: proseBlocks(body),
    links: linkTargets(body),
    sections: sectionTitles(body),
  };
}
