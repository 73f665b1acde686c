import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/SiteChrome';
import { setRequestLocale } from '@/lib/request-locale';

/** The English pages, at the site's root addresses. */
export default function EnglishLayout({ children }: { children: ReactNode }) {
  setRequestLocale('en');
  return <SiteChrome>{children}</SiteChrome>;
}
