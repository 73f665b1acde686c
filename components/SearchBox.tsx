'use client';

/**
 * The search island: a form, a type filter and a results list, over the Pagefind index
 * that the build writes to /pagefind/. Everything runs in the browser against files on
 * this site; no query leaves it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { SEARCH_RANKING } from '@/lib/search-ranking';

export type SearchText = {
  label: string;
  button: string;
  filterLabel: string;
  allTypes: string;
  loading: string;
  noResults: string;
  resultCount: string;
  resultCountOne: string;
  unavailable: string;
  needsJavaScript: string;
};

type Result = { url: string; title: string; type: string; excerpt: string };

type Pagefind = {
  options: (options: { ranking: typeof SEARCH_RANKING }) => Promise<void>;
  search: (
    query: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{
    results: {
      data: () => Promise<{
        url: string;
        meta: { title?: string };
        filters: Record<string, string[]>;
        excerpt: string;
      }>;
    }[];
  }>;
};

const RESULTS_SHOWN = 20;

/** Loads Pagefind's own script from the exported site, outside the bundle. */
async function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ url
  )) as Pagefind;
  await pagefind.options({ ranking: SEARCH_RANKING });
  return pagefind;
}

/** Pagefind marks matches with <mark>; everything else in an excerpt is shown as text. */
function Excerpt({ html }: { html: string }) {
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const parts = html.split(/(<mark>.*?<\/mark>)/g);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('<mark>') ? (
          <mark key={i}>{decode(part.slice(6, -7))}</mark>
        ) : (
          <span key={i}>{decode(part)}</span>
        ),
      )}
    </>
  );
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);

export function SearchBox({ text, types }: { text: SearchText; types: readonly string[] }) {
  const [query, setQuery] = useState('');
  const [type, setType] = useState('');
  const [status, setStatus] = useState('');
  const [results, setResults] = useState<Result[]>([]);
  // False in the static HTML: readers without JavaScript see why search is missing.
  const [ready, setReady] = useState(false);
  const pagefind = useRef<Promise<Pagefind> | null>(null);

  async function run(q: string, t: string) {
    const trimmed = q.trim();
    const params = new URLSearchParams();
    if (trimmed) params.set('q', trimmed);
    if (t) params.set('type', t);
    window.history.replaceState(
      null,
      '',
      params.size > 0 ? `?${params}` : window.location.pathname,
    );
    if (!trimmed) {
      setResults([]);
      setStatus('');
      return;
    }
    setStatus(text.loading);
    try {
      pagefind.current ??= loadPagefind();
      const search = await (
        await pagefind.current
      ).search(trimmed, t ? { filters: { type: t } } : undefined);
      const found = await Promise.all(search.results.slice(0, RESULTS_SHOWN).map((r) => r.data()));
      setResults(
        found.map((d) => ({
          url: d.url.replace(/\.html(?=$|#)/, ''),
          title: d.meta.title ?? d.url,
          type: d.filters.type?.[0] ?? '',
          excerpt: d.excerpt,
        })),
      );
      setStatus(
        found.length === 0
          ? fill(text.noResults, { query: trimmed })
          : fill(search.results.length === 1 ? text.resultCountOne : text.resultCount, {
              count: String(search.results.length),
              query: trimmed,
            }),
      );
    } catch {
      setStatus(text.unavailable);
    }
  }

  // The static page cannot know the query, so the address is read once, after the first render.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const q = params.get('q') ?? '';
    const t = params.get('type') ?? '';
    const validType = types.includes(t) ? t : '';
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing from the address, once
    setReady(true);
    setQuery(q);
    setType(validType);
    if (q) void run(q, validType);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once, for the address the reader arrived with
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(query, type);
  }

  // Both states reserve the same height, so the footer does not jump when the form replaces
  // the message (a layout shift that Lighthouse counts against the page).
  if (!ready)
    return (
      <div className="min-h-64">
        <p className="border-l-8 border-line bg-surface p-4">{text.needsJavaScript}</p>
      </div>
    );

  return (
    <div className="min-h-64">
      <form
        role="search"
        aria-label={text.label}
        onSubmit={submit}
        className="flex flex-wrap items-end gap-3"
      >
        <div className="flex min-w-0 flex-1 flex-col">
          <label htmlFor="search-query" className="font-bold">
            {text.label}
          </label>
          <input
            id="search-query"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            className="mt-1 w-full border-2 border-ink px-3 py-2"
          />
        </div>
        <div className="flex flex-col">
          <label htmlFor="search-type" className="font-bold">
            {text.filterLabel}
          </label>
          <select
            id="search-type"
            value={type}
            onChange={(e) => {
              setType(e.target.value);
              void run(query, e.target.value);
            }}
            className="mt-1 border-2 border-ink bg-white px-3 py-2"
          >
            <option value="">{text.allTypes}</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {text.button}
        </button>
      </form>
      <p role="status" className="mt-4 font-bold">
        {status}
      </p>
      <ol className="mt-2 divide-y divide-line">
        {results.map((result) => (
          <li key={result.url} className="search-result py-4">
            <a href={result.url} className="text-xl font-bold">
              {result.title}
            </a>
            <p className="text-base text-muted">{result.type}</p>
            <p className="mt-1">
              <Excerpt html={result.excerpt} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
