import { BODY_MAP_PATH } from '@/lib/content/site-paths';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';

/** The main lists of pages, in the header and wherever a page points readers to them. */
export const NAV_ITEMS = [
  { href: BODY_MAP_PATH, label: uiText.nav.bodyMap },
  { href: '/conditions', label: uiText.nav.conditions },
  { href: '/procedures', label: uiText.nav.procedures },
  { href: '/guides', label: uiText.nav.guides },
  { href: '/faq', label: uiText.nav.faq },
  { href: '/glossary', label: uiText.nav.glossary },
  { href: '/a-z', label: uiText.nav.az },
  { href: '/about', label: uiText.nav.about },
];

function NavLinks({ className }: { className: string }) {
  return (
    <ul className={className}>
      {NAV_ITEMS.map((item) => (
        <li key={item.href}>
          <a href={item.href} className="nav-link">
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The site header. On small screens the navigation sits in a <details> menu, which opens
 * and closes without JavaScript; on wider screens the links are always shown.
 */
export function SiteHeader() {
  return (
    <header className="border-b-4 border-brand bg-brand text-white print:border-b-2 print:bg-white print:text-ink">
      <a href="#main" className="skip-link">
        {uiText.skipToContent}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <a href="/" className="site-name text-xl font-bold">
          {siteConfig.siteName}
        </a>
        <form
          role="search"
          aria-label={uiText.search.headerLabel}
          action="/search"
          method="get"
          className="header-search flex gap-1 print:hidden"
        >
          <label htmlFor="site-search" className="sr-only">
            {uiText.search.label}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            className="w-40 px-2 py-1 text-ink sm:w-52"
          />
          <button type="submit" className="header-search-button">
            {uiText.search.button}
          </button>
        </form>
        <nav aria-label={uiText.nav.label} className="print:hidden">
          <details className="mobile-menu md:hidden">
            <summary className="menu-button">{uiText.nav.menu}</summary>
            <NavLinks className="mobile-menu-list" />
          </details>
          <NavLinks className="hidden md:flex md:flex-wrap md:gap-1" />
        </nav>
      </div>
    </header>
  );
}
