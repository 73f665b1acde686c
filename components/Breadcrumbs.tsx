import Link from 'next/link';
import { uiText } from '@/lib/ui-text';

export type Crumb = { label: string; href: string };

/** The trail from the home page to the current page; the current page is not a link. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const crumbs = [{ label: uiText.nav.home, href: '/' }, ...trail];
  return (
    <nav aria-label={uiText.breadcrumbs} className="mb-4 text-sm print:hidden">
      <ol className="flex flex-wrap gap-x-2">
        {crumbs.map((crumb) => (
          <li key={crumb.href} className="after:ml-2 after:content-['›'] after:text-muted">
            <Link href={crumb.href} prefetch={false}>
              {crumb.label}
            </Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
