/**
 * The language of the Markdown file a unified plugin is processing, from the path Contentlayer
 * records on the file (content/es/... is Spanish), so one plugin serves every language.
 */
import path from 'node:path';
import { LOCALES, ORIGINAL_LOCALE, TRANSLATED_LOCALES, type Locale } from '../i18n';

/** The part of a unified file this reads; Contentlayer sets `data.rawDocumentData`. */
export type SourceFile = { data: Record<string, unknown> };

export function localeOfSourceFile(file: SourceFile | undefined): Locale {
  const raw = file?.data.rawDocumentData as { sourceFilePath?: unknown } | undefined;
  const source = typeof raw?.sourceFilePath === 'string' ? raw.sourceFilePath : '';
  return TRANSLATED_LOCALES.find((locale) => source.startsWith(`${locale}/`)) ?? ORIGINAL_LOCALE;
}

/** Something read from each language's content folder (content/, content/es/), by language. */
export function readPerLanguage<T>(contentDir: string, read: (dir: string) => T): Map<Locale, T> {
  return new Map(
    LOCALES.map((locale) => [
      locale,
      read(locale === ORIGINAL_LOCALE ? contentDir : path.join(contentDir, locale)),
    ]),
  );
}
