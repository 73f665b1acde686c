/**
 * The `lang` of an exported page, from its address: the root layout wraps every language and
 * says English, so the build sets each translated page's language here, before the search
 * index reads it (Pagefind keeps one index per language).
 */
import { HTML_LANG, localeOfPath, ORIGINAL_LOCALE } from './i18n';

/** The address of an exported file: es/afecciones/ciatica.html is /es/afecciones/ciatica. */
export function addressOfFile(file: string): string {
  const path = `/${file.split('\\').join('/')}`.replace(/\.html$/, '').replace(/\/index$/, '');
  return path || '/';
}

/** The page with `<html lang>` set to the language of its address. */
export function withPageLanguage(html: string, file: string): string {
  const locale = localeOfPath(addressOfFile(file));
  if (locale === ORIGINAL_LOCALE) return html;
  return html.replace(/<html lang="[^"]*"/, `<html lang="${HTML_LANG[locale]}"`);
}
