/**
 * Search on /search, over the Pagefind index the build writes to /pagefind/. Pagefind's own
 * script is loaded only here, on the first search. Everything runs in the browser against
 * files on this site; no query leaves it.
 *
 * The page is built with a message for readers without JavaScript and a hidden form; this
 * shows the form, runs the query in the address, and keeps the address in step, so a
 * search can be shared and the back button works. Its words come from the page's
 * data-search-text attribute (ui-text), so this file holds none.
 */
import { fillText } from '@/lib/fill-text';
import { SEARCH_RANKING } from '@/lib/search-ranking';
import { rankBySharedWords, topicWords } from '@/lib/search-query';
import {
  listedPhraseFirst,
  shownResults,
  type PagefindData,
  type ShownResult,
} from '@/lib/search-results';

export type SearchText = {
  loading: string;
  noResults: string;
  resultCount: string;
  resultCountOne: string;
  searchedInstead: string;
  someWords: string;
  unavailable: string;
  glossaryType: string;
};

type PagefindResult = { id: string; score: number; data: () => Promise<PagefindData> };
export type Pagefind = {
  options: (options: { ranking: typeof SEARCH_RANKING }) => Promise<void>;
  search: (
    query: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] }>;
};

/** Pages whose data is loaded and shown; Pagefind loads each page's data separately. */
const PAGES_SHOWN = 20;

/**
 * What a search found. `searchedFor` holds the words searched when some of the reader's
 * found nothing; `someWords` says no page had them all, so pages with most of them are shown.
 */
export type Found = {
  pages: PagefindResult[];
  total: number;
  searchedFor?: string;
  someWords?: boolean;
};

/**
 * Finds pages for a query: the topic words that find anything, all together; if no page
 * has them all, the pages with most of them.
 */
export async function findPages(
  pagefind: Pagefind,
  query: string,
  language: string,
  type: string,
): Promise<Found> {
  const options = type ? { filters: { type } } : undefined;
  const words = topicWords(query, language);
  if (words.length < 2) {
    const found = await pagefind.search(words.join(' '), options);
    return { pages: found.results, total: found.results.length };
  }
  // Pagefind quietly ignores a word it has never seen, so each word is tried alone first:
  // the reader is told which words were searched.
  const perWord = await Promise.all(words.map((word) => pagefind.search(word, options)));
  const useful = words.filter((_, i) => perWord[i]!.results.length > 0);
  if (useful.length === 0) return { pages: [], total: 0 };
  const searchedFor = useful.length < words.length ? useful.join(' ') : undefined;
  const together = await pagefind.search(useful.join(' '), options);
  if (together.results.length > 0)
    return { pages: together.results, total: together.results.length, searchedFor };
  const pages = rankBySharedWords(
    perWord.map((found) => found.results.map((result) => ({ ...result, result }))),
  );
  return { pages, total: pages.length, searchedFor, someWords: true };
}

function resultItem(doc: Document, result: ShownResult): HTMLLIElement {
  const item = doc.createElement('li');
  item.className = 'search-result py-4';
  const link = doc.createElement('a');
  link.href = result.url;
  link.className = 'text-xl font-bold';
  link.textContent = result.title;
  const type = doc.createElement('p');
  type.className = 'search-result-type text-base text-muted';
  type.textContent = result.type;
  const passage = doc.createElement('p');
  passage.className = 'mt-1';
  for (const part of result.passage) {
    if (part.marked) {
      const mark = doc.createElement('mark');
      mark.textContent = part.text;
      passage.append(mark);
    } else passage.append(part.text);
  }
  item.append(link, type, passage);
  return item;
}

async function loadPagefind(): Promise<Pagefind> {
  // A path, not a module name: Pagefind's script is a file of the exported site, not part
  // of this bundle.
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(url)) as Pagefind;
  await pagefind.options({ ranking: SEARCH_RANKING });
  return pagefind;
}

/** The search page's behaviour; `load` is replaced in unit tests. */
export function searchPage(doc: Document, load: () => Promise<Pagefind> = loadPagefind) {
  const root = doc.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector('form');
  const query = root?.querySelector<HTMLInputElement>('input[name="q"]');
  const typeSelect = root?.querySelector<HTMLSelectElement>('select[name="type"]');
  const status = root?.querySelector<HTMLElement>('[role="status"]');
  const list = root?.querySelector<HTMLOListElement>('ol');
  if (!root || !form || !query || !typeSelect || !status || !list) return;
  const text = JSON.parse(root.dataset.searchText ?? '{}') as SearchText;
  const language = doc.documentElement.lang || 'en';
  const view = doc.defaultView!;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  root.querySelector('[data-search-needs-js]')?.remove();
  form.hidden = false;

  async function run() {
    const q = query!.value.trim();
    const type = typeSelect!.value;
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (type) params.set('type', type);
    view.history.replaceState(null, '', params.size > 0 ? `?${params}` : view.location.pathname);
    rememberHeaderQuery(doc);
    const thisRun = ++latest;
    if (!q) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    status!.textContent = text.loading;
    try {
      pagefind ??= load();
      const found = await findPages(await pagefind, q, language, type);
      const data = listedPhraseFirst(
        await Promise.all(found.pages.slice(0, PAGES_SHOWN).map((page) => page.data())),
        q,
      );
      if (thisRun !== latest) return; // a newer search has started
      list!.replaceChildren(
        ...data.flatMap((d) => shownResults(d, text.glossaryType)).map((r) => resultItem(doc, r)),
      );
      const values = { count: String(found.total), query: q, words: found.searchedFor ?? q };
      status!.textContent =
        found.total === 0
          ? fillText(text.noResults, values)
          : found.someWords
            ? fillText(text.someWords, values)
            : found.searchedFor
              ? fillText(text.searchedInstead, values)
              : fillText(found.total === 1 ? text.resultCountOne : text.resultCount, values);
    } catch {
      if (thisRun === latest) status!.textContent = text.unavailable;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  typeSelect.addEventListener('change', () => void run());

  const params = new URLSearchParams(view.location.search);
  query.value = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  if ([...typeSelect.options].some((option) => option.value === type)) typeSelect.value = type;
  if (query.value) void run();
}

/** The header's search box keeps the query on the results page. */
export function rememberHeaderQuery(doc: Document) {
  const header = doc.getElementById('site-search') as HTMLInputElement | null;
  const view = doc.defaultView;
  if (!header || !view || !doc.querySelector('[data-search-page]')) return;
  header.value = new URLSearchParams(view.location.search).get('q') ?? '';
}
