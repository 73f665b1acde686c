import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markExternalLinks } from '@/lib/content/rehype-external-links';

describe('markExternalLinks', () => {
  it('adds noopener and noreferrer to links to other sites only', async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(() => (tree) => markExternalLinks(tree as never, 'https://site.example'))
        .use(rehypeStringify)
        .process('[NHS](https://www.nhs.uk/) [home](https://site.example/about) [local](/faq#x)'),
    );
    expect(html).toContain('<a href="https://www.nhs.uk/" rel="noopener noreferrer">NHS</a>');
    expect(html).toContain('<a href="https://site.example/about">home</a>');
    expect(html).toContain('<a href="/faq#x">local</a>');
  });
});
