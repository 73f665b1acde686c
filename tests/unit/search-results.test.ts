import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { rankBySharedWords, topicWords } from '@/lib/search-query';
import {
  listedPhraseFirst,
  passageOf,
  SEARCH_TERMS_ID,
  shownResults,
  type PagefindData,
} from '@/lib/search-results';
import { SEARCH_SYNONYMS, SEARCH_SYNONYMS_ES, searchKeywords } from '@/lib/search-synonyms';

const glossaryPage: PagefindData = {
  url: '/glossary/f.html',
  meta: { title: 'Glossary: F' },
  filters: { type: ['Glossary'] },
  excerpt: 'x',
  sub_results: [
    { title: 'Glossary: F', url: '/glossary/f.html', excerpt: 'F', weighted_locations: [] },
    {
      title: 'Facet joint',
      url: '/glossary/f.html#facet-joint',
      excerpt: 'joints near <mark>fluoroscopy</mark>',
      weighted_locations: [{ balanced_score: 1 }],
    },
    {
      title: 'Fluoroscopy',
      url: '/glossary/f.html#fluoroscopy',
      excerpt: '<mark>Fluoroscopy</mark> is a live X-ray',
      weighted_locations: [{ balanced_score: 9 }],
    },
  ],
};

describe('search results', () => {
  it('show a glossary hit as its term, linked to its entry, best match first', () => {
    const shown = shownResults(glossaryPage, 'Glossary');
    expect(shown.map((r) => [r.title, r.url])).toEqual([
      ['Fluoroscopy', '/glossary/f#fluoroscopy'],
      ['Facet joint', '/glossary/f#facet-joint'],
    ]);
  });

  it("quote the page's own text, never its hidden search words", () => {
    const [shown] = shownResults(
      {
        url: '/procedures/radiofrequency-ablation.html',
        meta: { title: 'Radiofrequency Ablation', description: 'Heat on a nerve.' },
        filters: { type: ['Procedure'] },
        excerpt: '',
        sub_results: [
          {
            title: SEARCH_TERMS_ID,
            url: `/procedures/radiofrequency-ablation.html#${SEARCH_TERMS_ID}`,
            excerpt: '<mark>nerve burning</mark>, rhizotomy',
            weighted_locations: [{ balanced_score: 99 }],
          },
          {
            title: 'How it works',
            url: '/procedures/radiofrequency-ablation.html#how-it-works',
            excerpt: 'heat stops the <mark>nerve</mark>',
            weighted_locations: [{ balanced_score: 3 }],
          },
        ],
      },
      'Glossary',
    );
    expect(shown!.url).toBe('/procedures/radiofrequency-ablation');
    expect(shown!.passage).toEqual([
      { text: 'heat stops the ', marked: false },
      { text: 'nerve', marked: true },
    ]);
  });

  it('read Pagefind excerpts as text, with only the marks as markup', () => {
    expect(passageOf('a &lt;b&gt; &amp; <mark>c&quot;</mark>')).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: 'c"', marked: true },
    ]);
  });
});

describe('search queries', () => {
  it('leave out the little words, unless nothing else is left', () => {
    expect(topicWords('Pain shooting down my leg!', 'en-US')).toEqual([
      'pain',
      'shooting',
      'down',
      'leg',
    ]);
    expect(topicWords('how do I', 'en')).toEqual(['how', 'do', 'i']);
    expect(topicWords('dolor en mi pierna', 'es')).toEqual(['dolor', 'pierna']);
  });

  it('rank pages by how many of the words found them, then by score', () => {
    const hit = (id: string, score: number) => ({ id, score, result: id });
    expect(rankBySharedWords([[hit('a', 1), hit('b', 5)], [hit('a', 1)], [hit('c', 9)]])).toEqual([
      'a',
      'c',
      'b',
    ]);
  });
});

describe('search synonyms', () => {
  const pages = new Set(
    ['conditions', 'procedures', 'guides'].flatMap((collection) =>
      readdirSync(`content/${collection}`).map(
        (file) => `/${collection}/${file.replace(/\.md$/, '')}`,
      ),
    ),
  );

  it('name only pages that exist', () => {
    const missing = SEARCH_SYNONYMS.flatMap((entry) => entry.pages).filter(
      (page) => !pages.has(page),
    );
    expect(missing).toEqual([]);
  });

  it('name only Spanish pages that exist, in Spanish', () => {
    const spanishFolder = {
      conditions: 'afecciones',
      procedures: 'procedimientos',
      guides: 'guias',
    };
    const spanishPages = new Set(
      Object.entries(spanishFolder).flatMap(([collection, folder]) =>
        readdirSync(`content/es/${collection}`).map(
          (file) => `/es/${folder}/${file.replace(/\.md$/, '')}`,
        ),
      ),
    );
    const missing = SEARCH_SYNONYMS_ES.flatMap((entry) => entry.pages).filter(
      (page) => !spanishPages.has(page),
    );
    expect(missing).toEqual([]);
    expect(searchKeywords('/es/procedimientos/ablacion-por-radiofrecuencia')).toContain(
      'quemar el nervio',
    );
    expect(searchKeywords('/procedures/radiofrequency-ablation')).not.toContain('quemar el nervio');
  });

  it('lift the page they name and no other', () => {
    expect(searchKeywords('/procedures/radiofrequency-ablation')).toContain('nerve burning');
    expect(searchKeywords('/procedures/medial-branch-block')).not.toContain('nerve burning');
    expect(searchKeywords('/guides/recovery-and-aftercare')).toEqual([]);
  });
});

describe("a reader whose whole query is a page's listed words", () => {
  const result = (url: string, terms?: string): PagefindData => ({
    url,
    meta: {},
    filters: {},
    excerpt: '',
    sub_results: terms
      ? [{ title: SEARCH_TERMS_ID, url, excerpt: terms, weighted_locations: [] }]
      : [],
  });
  const backPain = result('/es/afecciones/dolor-de-espalda', 'dolor de <mark>espalda</mark>');
  const epidural = result(
    '/es/procedimientos/epidural',
    '<mark>inyección</mark> en la <mark>espalda</mark>, piquete',
  );

  it('finds that page first, accents or not, and keeps search order otherwise', () => {
    for (const query of ['inyección en la espalda', 'Inyeccion en la  espalda'])
      expect(listedPhraseFirst([backPain, epidural], query).map((r) => r.url)).toEqual([
        epidural.url,
        backPain.url,
      ]);
    // One word says nothing about which page the reader means.
    expect(listedPhraseFirst([backPain, epidural], 'espalda')).toEqual([backPain, epidural]);
    // Words a page lists apart, not as the reader's phrase, change nothing.
    expect(listedPhraseFirst([backPain, epidural], 'espalda piquete')).toEqual([
      backPain,
      epidural,
    ]);
  });
});
