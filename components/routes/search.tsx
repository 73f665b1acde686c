import { PageIntro } from '@/components/PageIntro';
import { navItems } from '@/components/SiteHeader';
import { sitePath } from '@/lib/request-locale';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';
import type { SearchText } from '@/enhance/search';
import { fixedRoute } from './fixed-route';
import type { Route } from './route-in';

/**
 * Search runs in the browser (enhance/search.ts). Without JavaScript the page says so and
 * links to every list of pages; the form stays hidden, as it could do nothing. The area
 * keeps one height whichever it shows, taller than either, so the footer never moves when
 * the script swaps the message for the form (a layout shift Lighthouse counts).
 */
export const searchRoute: Route = {
  card: () => [siteConfig.siteName, uiText.search.title],
  ...fixedRoute('/search', () => ({
    title: uiText.search.title,
    description: uiText.search.intro,
  })),
  Page: () => {
    const text = uiText.search;
    // The types a search can be narrowed to: the same labels the index files pages under.
    const types = (['conditions', 'procedures', 'guides', 'faqs', 'glossary'] as const).map(
      (collection) => uiText.collections[collection].single,
    );
    // The words the search script shows, handed to it in the page.
    const scriptText: SearchText = {
      loading: text.loading,
      noResults: text.noResults,
      resultCount: text.resultCount,
      resultCountOne: text.resultCountOne,
      searchedInstead: text.searchedInstead,
      someWords: text.someWords,
      unavailable: text.unavailable,
      glossaryType: uiText.collections.glossary.single,
    };
    return (
      <>
        <PageIntro title={text.title} path={sitePath('/search')} intro={text.intro} />
        <div className="min-h-96" data-search-page="" data-search-text={JSON.stringify(scriptText)}>
          <div data-search-needs-js="" className="border-l-8 border-line bg-surface p-4">
            <p>{text.needsJavaScript}</p>
            <ul className="mt-2 list-disc pl-6">
              {navItems()
                .filter((item) => item.href !== sitePath('/about'))
                .map((item) => (
                  <li key={item.href}>
                    <a href={item.href}>{item.label}</a>
                  </li>
                ))}
            </ul>
          </div>
          <form
            hidden
            role="search"
            aria-label={text.label}
            action={sitePath('/search')}
            method="get"
            className="search-form"
          >
            <div className="search-form-query">
              <label htmlFor="search-query" className="font-bold">
                {text.label}
              </label>
              <input
                id="search-query"
                name="q"
                type="search"
                className="mt-1 w-full border-2 border-ink px-3 py-2"
              />
            </div>
            <div className="flex flex-col">
              <label htmlFor="search-type" className="font-bold">
                {text.filterLabel}
              </label>
              <select
                id="search-type"
                name="type"
                className="mt-1 border-2 border-ink bg-white px-3 py-2"
              >
                <option value="">{text.allTypes}</option>
                {types.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              {text.button}
            </button>
          </form>
          <p role="status" className="mt-4 font-bold" />
          <ol className="mt-2 divide-y divide-line" />
        </div>
      </>
    );
  },
};
