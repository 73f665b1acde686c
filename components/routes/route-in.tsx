/**
 * Pages are written once (components/routes/) and published in every language: a route file
 * under app/ names its language and takes the Next.js exports from `routeIn`. The page then
 * renders in that language (lib/request-locale.ts), starts with the link to its translation,
 * and its metadata lists every language's address (hreflang).
 */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { counterpartPath } from '@/lib/content/queries';
import { LOCALES, ORIGINAL_LOCALE, localizePath, type Locale } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/metadata';
import { ogImage } from '@/lib/og-image';
import { setRequestLocale, withLocale } from '@/lib/request-locale';

export type RouteProps<Params = Record<string, string>> = { params: Promise<Params> };

/** A page, written once for every language, in the language being built. */
export type Route<Params = Record<string, never>> = {
  /** One set of parameters per page of a dynamic route. */
  staticParams?: () => Params[];
  /** The page's address, in the language being built. */
  path: (params: Params) => string;
  metadata: (params: Params) => Metadata;
  /** The two lines of the page's sharing image: what kind of page it is, and its title. */
  card: (params: Params) => [kind: string, title: string];
  Page: (props: { params: Params }) => Promise<ReactNode> | ReactNode;
};

/** The other languages' addresses of a page, for hreflang (x-default is the English page). */
export function languageAlternates(path: string, locale: Locale): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const other of LOCALES) {
    const counterpart = counterpartPath(path, locale, other);
    if (counterpart) languages[other] = absoluteUrl(counterpart);
  }
  const original = languages[ORIGINAL_LOCALE];
  return original ? { ...languages, 'x-default': original } : languages;
}

/** The Next.js exports of a route's sharing image (opengraph-image.tsx) in one language. */
export function imageIn<Params>(locale: Locale, route: Route<Params>) {
  return {
    generateStaticParams: () => withLocale(locale, () => route.staticParams?.() ?? []),
    Image: async ({ params }: RouteProps<Params>) => {
      const resolved = await params;
      return withLocale(locale, () => ogImage(...route.card(resolved)));
    },
  };
}

/** The Next.js exports of a route in one language. */
export function routeIn<Params>(locale: Locale, route: Route<Params>) {
  const other = LOCALES.find((l) => l !== locale) ?? ORIGINAL_LOCALE;
  return {
    generateStaticParams: () => withLocale(locale, () => route.staticParams?.() ?? []),
    generateMetadata: async ({ params }: RouteProps<Params>): Promise<Metadata> => {
      const resolved = await params;
      return withLocale(locale, () => {
        const metadata = route.metadata(resolved);
        const path = route.path(resolved);
        return {
          ...metadata,
          alternates: { ...metadata.alternates, languages: languageAlternates(path, locale) },
        };
      });
    },
    Page: async ({ params }: RouteProps<Params>) => {
      setRequestLocale(locale);
      const resolved = await params;
      return withLocale(locale, async () => {
        const counterpart = counterpartPath(route.path(resolved), locale, other);
        return (
          <>
            <LanguageSwitch
              href={counterpart ?? localizePath('/', other)}
              translated={counterpart !== undefined}
            />
            {await route.Page({ params: resolved })}
          </>
        );
      });
    },
  };
}
