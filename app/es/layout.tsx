import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/SiteChrome';
import { setRequestLocale } from '@/lib/request-locale';

/** The Spanish pages, under /es/ with Spanish addresses. */
export default function SpanishLayout({ children }: { children: ReactNode }) {
  setRequestLocale('es');
  return <SiteChrome>{children}</SiteChrome>;
}
