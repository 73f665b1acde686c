/**
 * The site's languages and how their addresses relate. English is the original: its pages
 * sit at the root. Each other language is a parallel tree under its own prefix (/es/), with
 * its own words for the folders, so a Spanish reader sees Spanish addresses
 * (/es/afecciones/ciatica). Content rules and links work on "logical" paths, the English
 * shape with the language's own page slugs, and this module converts between the two.
 */
import { BODY_AREAS, TOPICS, type BodyArea, type Topic } from './content/schema';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const ORIGINAL_LOCALE: Locale = 'en';
/** The languages translated from English; each has a folder of the same name under content/. */
export const TRANSLATED_LOCALES = ['es'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export const isLocale = (value: string): value is Locale =>
  (LOCALES as readonly string[]).includes(value);

/** Each language's BCP 47 tag for `<html lang>`, hreflang and JSON-LD `inLanguage`. */
export const HTML_LANG: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/**
 * The folders of the site in each language: English logical prefix → the language's own.
 * Longest first, so /faq/topics is matched before /faq.
 */
const FOLDERS: Record<TranslatedLocale, readonly (readonly [string, string])[]> = {
  es: [
    ['/procedures/compare', '/es/procedimientos/comparar'],
    ['/where-does-it-hurt', '/es/donde-le-duele'],
    ['/faq/topics', '/es/preguntas/temas'],
    ['/conditions', '/es/afecciones'],
    ['/procedures', '/es/procedimientos'],
    ['/glossary', '/es/glosario'],
    ['/guides', '/es/guias'],
    ['/search', '/es/buscar'],
    ['/about', '/es/acerca-de'],
    ['/faq', '/es/preguntas'],
    ['/a-z', '/es/a-z'],
  ],
};

/** The body areas and question topics, which are part of addresses, in each language. */
const AREA_SLUGS: Record<TranslatedLocale, Record<BodyArea, string>> = {
  es: {
    head: 'cabeza',
    neck: 'cuello',
    'shoulder-arm': 'hombro-y-brazo',
    'upper-back': 'parte-alta-de-la-espalda',
    'lower-back': 'parte-baja-de-la-espalda',
    'hip-buttock': 'cadera-y-gluteo',
    'leg-knee': 'pierna-y-rodilla',
    foot: 'pie',
    'whole-body': 'todo-el-cuerpo',
  },
};
const TOPIC_SLUGS: Record<TranslatedLocale, Record<Topic, string>> = {
  es: {
    'understanding-pain': 'entender-el-dolor',
    'treatment-options': 'opciones-de-tratamiento',
    'before-a-procedure': 'antes-de-un-procedimiento',
    'procedure-day': 'el-dia-del-procedimiento',
    'after-a-procedure': 'despues-de-un-procedimiento',
    safety: 'seguridad',
    medicines: 'medicinas',
    'living-well': 'vivir-bien',
    'costs-and-access': 'costos-y-acceso',
  },
};

/** The slug an address uses for a body area or topic in a language. */
export const areaSlug = (area: BodyArea, locale: Locale): string =>
  locale === 'en' ? area : AREA_SLUGS[locale][area];
export const topicSlug = (topic: Topic, locale: Locale): string =>
  locale === 'en' ? topic : TOPIC_SLUGS[locale][topic];

const swapSegment = (path: string, folder: string, from: (s: string) => string | undefined) => {
  if (!path.startsWith(`${folder}/`)) return path;
  const [segment = '', ...rest] = path.slice(folder.length + 1).split('/');
  const swapped = from(segment);
  return swapped === undefined ? path : [`${folder}/${swapped}`, ...rest].join('/');
};

/** The address readers see for a logical path in a language: /conditions/x → /es/afecciones/x. */
export function localizePath(logical: string, locale: Locale): string {
  if (locale === 'en') return logical;
  const [pathPart = '', fragment] = logical.split('#');
  let path = swapSegment(pathPart, '/where-does-it-hurt', (s) =>
    (BODY_AREAS as readonly string[]).includes(s) ? AREA_SLUGS[locale][s as BodyArea] : undefined,
  );
  path = swapSegment(path, '/faq/topics', (s) =>
    (TOPICS as readonly string[]).includes(s) ? TOPIC_SLUGS[locale][s as Topic] : undefined,
  );
  const folder = FOLDERS[locale].find(
    ([en]) => path === en || path.startsWith(`${en}/`) || path.startsWith(`${en}#`),
  );
  const localized = folder
    ? folder[1] + path.slice(folder[0].length)
    : path === '/'
      ? `/${locale}`
      : `/${locale}${path}`;
  return fragment === undefined ? localized : `${localized}#${fragment}`;
}

/**
 * The logical path of an address in a language's tree (/es/afecciones/x → /conditions/x), or
 * undefined when the address is not in that language's tree (an English address on a
 * Spanish page, for instance).
 */
export function logicalPath(address: string, locale: Locale): string | undefined {
  if (locale === 'en') return address.startsWith('/es/') || address === '/es' ? undefined : address;
  const [pathPart = '', fragment] = address.split('#');
  const trimmed = pathPart.replace(/\/$/, '');
  if (trimmed !== `/${locale}` && !trimmed.startsWith(`/${locale}/`)) return undefined;
  const folder = FOLDERS[locale].find(
    ([, own]) => trimmed === own || trimmed.startsWith(`${own}/`),
  );
  let path = folder
    ? folder[0] + trimmed.slice(folder[1].length)
    : trimmed.slice(locale.length + 1) || '/';
  const areas = Object.entries(AREA_SLUGS[locale]);
  path = swapSegment(path, '/where-does-it-hurt', (s) => areas.find(([, own]) => own === s)?.[0]);
  const topics = Object.entries(TOPIC_SLUGS[locale]);
  path = swapSegment(path, '/faq/topics', (s) => topics.find(([, own]) => own === s)?.[0]);
  return fragment === undefined ? path : `${path}#${fragment}`;
}

/** Marks a link on a translated page that leads out of its language's tree, for the content check. */
export const OTHER_LANGUAGE = 'other-language:';

/** The language of an address on this site. */
export const localeOfPath = (address: string): Locale =>
  TRANSLATED_LOCALES.find(
    (locale) => address === `/${locale}` || address.startsWith(`/${locale}/`),
  ) ?? ORIGINAL_LOCALE;
