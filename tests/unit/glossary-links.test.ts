import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { linkGlossaryTerms, readGlossary, type GlossaryEntry } from '@/lib/content/glossary-links';

const glossary: GlossaryEntry[] = [
  {
    slug: 'fluoroscopy',
    words: ['Fluoroscopy', 'live X-ray'],
    definition: 'A moving X-ray picture.',
  },
  { slug: 'dura', words: ['Dura'], definition: 'The tough sac around the nerves & "fluid".' },
  {
    slug: 'facet-joint',
    words: ['Facet joint', 'facet joints'],
    definition: 'Small joints in the spine.',
  },
];

async function render(markdown: string): Promise<string> {
  const html = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(() => (tree) => linkGlossaryTerms(tree as never, glossary))
    .use(rehypeStringify)
    .process(markdown);
  return String(html);
}

describe('linkGlossaryTerms', () => {
  it('links only the first use of each term, keeping its own spelling and carrying the definition', async () => {
    const html = await render(
      'The doctor uses fluoroscopy. Fluoroscopy again. Pain from facet joints and the dura.',
    );
    expect(html.match(/class="glossary-term"/g)).toHaveLength(3);
    expect(html).toContain(
      '<a href="/glossary/f#fluoroscopy" class="glossary-term" data-definition="A moving X-ray picture.">fluoroscopy</a>. Fluoroscopy again.',
    );
    expect(html).toContain(
      '<a href="/glossary/f#facet-joint" class="glossary-term" data-definition="Small joints in the spine.">facet joints</a>',
    );
    expect(html).toContain(
      'data-definition="The tough sac around the nerves &#x26; &#x22;fluid&#x22;."',
    );
  });

  it('leaves headings, code, existing links and words that only contain a term alone', async () => {
    const html = await render(
      '## Fluoroscopy\n\n`dura` and [the dura](/glossary/d#dura) and durable things.\n',
    );
    expect(html).not.toContain('class="glossary-term"');
  });
});

describe('readGlossary', () => {
  it('reads every term, its other spellings and definition from the content folder', () => {
    const entries = readGlossary('tests/fixtures/content-check/valid');
    expect(entries).toEqual([
      {
        slug: 'injection',
        words: ['Injection', 'shot'],
        definition: 'Medicine put into the body through a needle.',
      },
    ]);
    expect(readGlossary('no-such-folder')).toEqual([]);
  });
});
