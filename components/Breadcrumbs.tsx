import { sitePath } from '@/lib/request-locale';
import { breadcrumbList, type Crumb } from '@/lib/structured-data';
import { uiText } from '@/lib/ui-text';
import { JsonLd } from './JsonLd';

export type { Crumb };

/**
 * The trail from the home page to the current page (which is not a link), with the same
 * trail as structured data for search engines.
 */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: Crumb }) {
  const crumbs = [{ label: uiText.nav.home, href: sitePath('/') }, ...trail];
  return (
    <nav
      aria-label={uiText.breadcrumbs}
      data-pagefind-ignore=""
      className="mb-4 text-sm print:hidden"
    >
      <ol className="flex flex-wrap gap-x-2">
        {crumbs.map((crumb) => (
          <li key={crumb.href} className="after:ml-2 after:text-muted after:content-['›']">
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
        <li aria-current="page">{current.label}</li>
      </ol>
      <JsonLd data={breadcrumbList([...crumbs, current])} />
    </nav>
  );
}
