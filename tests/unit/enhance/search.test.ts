// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPages, rememberHeaderQuery, searchPage, type Pagefind } from '@/enhance/search';
import type { PagefindData } from '@/lib/search-results';

/** A tiny index: each page and the words on it. Like Pagefind, a page must hold every word. */
const PAGES: Record<string, { words: string[]; data: PagefindData }> = {
  sciatica: {
    words: ['pain', 'shooting', 'leg', 'sciatica', 'nerve'],
    data: {
      url: '/conditions/sciatica.html',
      meta: { title: 'Sciatica', description: 'Pain that runs down the leg.' },
      filters: { type: ['Condition'] },
      excerpt: 'Pain <mark>shooting</mark> down the leg',
      sub_results: [
        {
          title: 'Sciatica',
          url: '/conditions/sciatica.html',
          excerpt: 'Pain <mark>shooting</mark> down the leg &amp; foot',
          weighted_locations: [{ balanced_score: 10 }],
        },
      ],
    },
  },
  epidural: {
    words: ['shot', 'back', 'leg', 'pain', 'epidural'],
    data: {
      url: '/procedures/epidural-steroid-injection.html',
      meta: {
        title: 'Epidural Steroid Injection',
        description: 'A shot of steroid near the spine.',
      },
      filters: { type: ['Procedure'] },
      excerpt: 'back <mark>shot</mark>',
      sub_results: [
        {
          title: 'search-terms',
          url: '/procedures/epidural-steroid-injection.html#search-terms',
          excerpt: 'epideral, <mark>back shot</mark>',
          weighted_locations: [{ balanced_score: 50 }],
        },
      ],
    },
  },
};

function fakePagefind(searched: string[] = []): Pagefind {
  return {
    options: async () => {},
    search: async (query, options) => {
      searched.push(query);
      const words = query.split(' ').filter(Boolean);
      const results = Object.entries(PAGES)
        .filter(([, page]) => words.every((word) => page.words.includes(word)))
        .filter(
          ([, page]) =>
            !options?.filters?.type || page.data.filters.type?.[0] === options.filters.type,
        )
        .map(([id, page]) => ({ id, score: page.words.length, data: async () => page.data }));
      return { results };
    },
  };
}

describe('finding pages', () => {
  it('leaves out the little words a page need not hold', async () => {
    const searched: string[] = [];
    const found = await findPages(fakePagefind(searched), 'pain shooting down my leg', 'en-US', '');
    // "down" finds nothing here, so it is dropped and the reader is told.
    expect(found.pages.map((p) => p.id)).toEqual(['sciatica']);
    expect(found.searchedFor).toBe('pain shooting leg');
    expect(searched).not.toContain('my');
  });

  it('shows the pages with most of the words when none has them all', async () => {
    const found = await findPages(fakePagefind(), 'shooting back shot', 'en-US', '');
    expect(found.someWords).toBe(true);
    expect(found.pages.map((p) => p.id)).toEqual(['epidural', 'sciatica']);
  });

  it('finds nothing when no word is in the index', async () => {
    expect((await findPages(fakePagefind(), 'zzzz qqqq', 'en-US', '')).total).toBe(0);
  });

  it('narrows every search to the chosen type', async () => {
    const found = await findPages(fakePagefind(), 'leg pain', 'en-US', 'Procedure');
    expect(found.pages.map((p) => p.id)).toEqual(['epidural']);
  });
});

function searchPageHtml() {
  document.documentElement.lang = 'en-US';
  document.body.innerHTML = `
    <form role="search" action="/search"><input id="site-search" name="q"></form>
    <div data-search-page data-search-text='${JSON.stringify({
      loading: 'Searching…',
      noResults: 'No pages match “{query}”.',
      resultCount: '{count} results for “{query}”',
      resultCountOne: '1 result for “{query}”',
      searchedInstead: 'Not all of “{query}”. {count} results for “{words}”.',
      someWords: 'Not all of “{query}”. {count} pages with most of “{words}”.',
      unavailable: 'Search is not available.',
      glossaryType: 'Glossary',
    })}'>
      <div data-search-needs-js><p>Search needs JavaScript.</p></div>
      <form hidden><input id="search-query" name="q"><select name="type"><option value="">Everything</option><option value="Procedure">Procedure</option></select><button>Search</button></form>
      <p role="status"></p><ol></ol>
    </div>`;
}

describe('the search page', () => {
  it('replaces the no-JavaScript message with the form and runs the query in the address', async () => {
    window.history.replaceState(null, '', '/search?q=back+shot');
    searchPageHtml();
    searchPage(document, async () => fakePagefind());
    expect(document.querySelector('[data-search-needs-js]')).toBeNull();
    expect(document.querySelector<HTMLFormElement>('[data-search-page] form')!.hidden).toBe(false);
    const status = document.querySelector('[role="status"]')!;
    await expect.poll(() => status.textContent).toBe('1 result for “back shot”');
    const result = document.querySelector('.search-result')!;
    expect(result.querySelector('a')!.getAttribute('href')).toBe(
      '/procedures/epidural-steroid-injection',
    );
    // Only the hidden search words matched, so the description is shown, not them.
    expect(result.textContent).toContain('A shot of steroid near the spine.');
    expect(result.textContent).not.toContain('epideral');
  });

  it('marks the matching words and says which words it searched instead', async () => {
    window.history.replaceState(null, '', '/search?q=pain+shooting+zzzz');
    searchPageHtml();
    searchPage(document, async () => fakePagefind());
    const status = document.querySelector('[role="status"]')!;
    await expect
      .poll(() => status.textContent)
      .toBe('Not all of “pain shooting zzzz”. 1 results for “pain shooting”.');
    expect(document.querySelector('.search-result mark')!.textContent).toBe('shooting');
    expect(document.querySelector('.search-result')!.textContent).toContain('down the leg & foot');
  });

  it('keeps the query in the header search box on the results page', () => {
    window.history.replaceState(null, '', '/search?q=sciatica');
    searchPageHtml();
    rememberHeaderQuery(document);
    expect(document.querySelector<HTMLInputElement>('#site-search')!.value).toBe('sciatica');
  });
});
