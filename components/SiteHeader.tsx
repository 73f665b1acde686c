import { BODY_MAP_PATH } from '@/lib/content/site-paths';
import { sitePath } from '@/lib/request-locale';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';

/** The main lists of pages, in the header and wherever a page points readers to them. */
export const navItems = () => [
  { href: sitePath(BODY_MAP_PATH), label: uiText.nav.bodyMap },
  { href: sitePath('/conditions'), label: uiText.nav.conditions },
  { href: sitePath('/procedures'), label: uiText.nav.procedures },
  { href: sitePath('/guides'), label: uiText.nav.guides },
  { href: sitePath('/faq'), label: uiText.nav.faq },
  { href: sitePath('/glossary'), label: uiText.nav.glossary },
  { href: sitePath('/a-z'), label: uiText.nav.az },
  { href: sitePath('/about'), label: uiText.nav.about },
];

function NavLinks({ className }: { className: string }) {
  return (
    <ul className={className}>
      {navItems().map((item) => (
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
 * The site header, as wide as the page's content (`page-width`). On a phone it is one short
 * row: the site's name, a link to the search page and a <details> menu that opens without
 * JavaScript. On wider screens the search box sits beside the name and the links below.
 */
export function SiteHeader() {
  return (
    <header className="site-header border-b-4 border-brand bg-brand text-white print:border-b-2 print:bg-white print:text-ink">
      <a href="#main" className="skip-link">
        {uiText.skipToContent}
      </a>
      <div className="page-width site-header-row">
        <a href={sitePath('/')} className="site-name">
          {siteConfig.siteName}
        </a>
        <form
          role="search"
          aria-label={uiText.search.headerLabel}
          action={sitePath('/search')}
          method="get"
          className="header-search print:hidden"
        >
          <label htmlFor="site-search" className="sr-only">
            {uiText.search.label}
          </label>
          <input id="site-search" name="q" type="search" className="px-2 py-1 text-ink" />
          <button type="submit" className="header-search-button">
            {uiText.search.button}
          </button>
        </form>
        <a href={sitePath('/search')} className="header-search-link print:hidden">
          {uiText.search.title}
        </a>
        <nav aria-label={uiText.nav.label} className="site-nav print:hidden">
          <details className="mobile-menu">
            <summary className="menu-button">{uiText.nav.menu}</summary>
            <NavLinks className="mobile-menu-list" />
          </details>
          <NavLinks className="desktop-nav-list" />
        </nav>
      </div>
    </header>
  );
}
