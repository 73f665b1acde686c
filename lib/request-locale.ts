/**
 * The language of the page being built. Every route names its language once (lib/routes-in.ts),
 * and whatever runs for it (interface words, queries, addresses) reads it here instead of
 * every component taking it as a prop:
 *
 * - while React renders a page, from React's per-render `cache`, set by the page and its layout;
 * - while Next asks a route for its parameters, metadata or image, from an async context
 *   (`withLocale`), which follows the call across `await`s.
 *
 * Pages built side by side never see each other's language. Outside both (tests, the content
 * pipeline) it is English.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { cache } from 'react';
import { ORIGINAL_LOCALE, localizePath, type Locale } from './i18n';

const renderState = cache((): { locale: Locale } => ({ locale: ORIGINAL_LOCALE }));
const callScope = new AsyncLocalStorage<Locale>();

/** Called by each layout and page with the language of its route, before it renders anything. */
export function setRequestLocale(locale: Locale): void {
  renderState().locale = locale;
}

/** Runs `work` (and everything it awaits) in a language. */
export const withLocale = <T>(locale: Locale, work: () => T): T => callScope.run(locale, work);

export const requestLocale = (): Locale => callScope.getStore() ?? renderState().locale;

/** The address of a site page in the language being built: '/conditions' is /es/afecciones in Spanish. */
export const sitePath = (logical: string): string => localizePath(logical, requestLocale());
