import { rehypeHeadingIds } from '@/lib/content/heading-ids';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  bodyProblems,
  needsTableOfContents,
  plainText,
  readingMinutes,
  tableOfContents,
  wordCount,
} from '@/lib/content/markdown';

const body = `## What it is

Sciatica is **nerve pain** in the leg.

## Causes

- A slipped disc
- Narrowing of the spine

### Causes

Same heading text twice.

## Can it come back?

| When | What |
| --- | --- |
| Soon | Rest |
`;

describe('tableOfContents', () => {
  it('lists level 2 and 3 headings in order', () => {
    expect(tableOfContents(body)).toEqual([
      { id: 'what-it-is', text: 'What it is', depth: 2 },
      { id: 'causes', text: 'Causes', depth: 2 },
      { id: 'causes-1', text: 'Causes', depth: 3 },
      { id: 'can-it-come-back', text: 'Can it come back?', depth: 2 },
    ]);
  });

  it('uses the same ids as the rendered headings', async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkRehype)
        .use(rehypeHeadingIds)
        .use(rehypeStringify)
        .process(body),
    );
    for (const entry of tableOfContents(body)) expect(html).toContain(`id="${entry.id}"`);
  });

  it('gives Spanish headings plain ASCII ids, so a shared section link stays readable', () => {
    expect(tableOfContents('## Qué es\n\nTexto.\n\n## Cuándo buscar ayuda\n\nTexto.\n')).toEqual([
      { id: 'que-es', text: 'Qué es', depth: 2 },
      { id: 'cuando-buscar-ayuda', text: 'Cuándo buscar ayuda', depth: 2 },
    ]);
  });

  it('decides which pages are long enough for a table of contents', () => {
    expect(needsTableOfContents(tableOfContents(body))).toBe(false);
    expect(needsTableOfContents(tableOfContents(`${body}\n## One more\n\nText.\n`))).toBe(true);
  });
});

describe('plainText', () => {
  it('keeps the words of paragraphs, lists and tables without Markdown syntax', () => {
    const text = plainText(body);
    expect(text).toContain('Sciatica is nerve pain in the leg.');
    expect(text).toContain('A slipped disc\nNarrowing of the spine');
    expect(text).toContain('Soon Rest');
    expect(text).not.toMatch(/[*#|]/);
  });

  it('leaves out raw HTML', () => {
    expect(plainText('Hello\n\n<script>alert(1)</script>\n')).toBe('Hello');
  });
});

describe('reading time', () => {
  it('counts words and rounds minutes up, at least one', () => {
    expect(wordCount('  one two\nthree ')).toBe(3);
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array(181).fill('word').join(' '))).toBe(2);
  });
});

describe('bodyProblems', () => {
  it('accepts a well-formed body', () => {
    expect(bodyProblems(body)).toEqual([]);
  });

  it('finds a skipped level, a level 1 heading, an image without alt text and raw HTML', () => {
    const bad =
      '# Title\n\n## Fine\n\n#### Too deep\n\n![](/a.png)\n\n![A spine](/b.png)\n\n<iframe src="x"></iframe>\n';
    expect(bodyProblems(bad).map((p) => p.value)).toEqual([
      '# Title',
      '#### Too deep',
      '/a.png',
      '<iframe src="x"></iframe>',
    ]);
  });
});
