/**
 * The content check: validates every Markdown file under a content folder against the
 * schema and against each other, before anything is built. Every problem is one line:
 * `file: field: "value" what is wrong`, written for the author of the page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { closestMatch } from '../closest-match';
import { siteConfig } from '../site-config';
import { expandFacts, readFacts } from './directives';
import { readFrontMatter } from './front-matter';
import { formatProblem } from './rules/problem';
import { analyzeBody } from './markdown';
import { checkQuality, type PageReport, type ParsedPage } from './quality';
import { parsePublishedPaths } from '../redirects';
import {
  COLLECTIONS,
  PUBLISHED_PATHS_FILE,
  SCHEMA,
  TRANSLATION_OF,
  isSharedAcrossLanguages,
  translationFields,
  type CollectionName,
  type FieldSpec,
} from './schema';
import {
  OTHER_LANGUAGE,
  TRANSLATED_LOCALES,
  localeOfPath,
  logicalPath,
  type Locale,
  type TranslatedLocale,
} from '../i18n';

export type CheckOptions = {
  /** Folder holding one subfolder per collection. */
  contentDir: string;
  /** How file paths start in messages; defaults to the content folder relative to the working directory. */
  displayRoot?: string;
  /** Today as YYYY-MM-DD (UTC); review dates after it are refused. */
  today?: string;
  /** The limits pages are held to; the site configuration's by default. */
  rules?: typeof siteConfig.contentRules;
  /** The clinic's reviewers and whether a clinical review is required; the site configuration's by default. */
  reviewers?: typeof siteConfig.reviewers;
  requireClinicalReview?: boolean;
  /**
   * When each content file last changed (YYYY-MM-DD, by path relative to the content folder),
   * from git; a translation older than its original is "behind". Unknown files are not judged.
   */
  lastChanged?: ReadonlyMap<string, string>;
  /** Whether a missing or behind translation fails the check; the site configuration's by default. */
  requireCompleteTranslations?: boolean;
};

/** How complete one language's translation is. */
export type TranslationStatus = {
  locale: TranslatedLocale;
  /** English files (relative to the content folder) with no translation. */
  missing: string[];
  /** Translations older than their original's last change. */
  behind: string[];
};

export type CheckResult = {
  errors: string[];
  /** Problems that do not stop a build, such as a page past its review date. */
  warnings: string[];
  /** How many pages of each collection were read. */
  counts: Record<CollectionName, number>;
  /** Every page's quality figures; empty when the files did not pass the schema. */
  pages: PageReport[];
  medianGrade: number | null;
  /** Where each shared fact is used (file paths), for the report. */
  factUses?: Record<string, string[]>;
  /** Each translated language's pages are in `pages` too; this says what is missing or behind. */
  translations?: TranslationStatus[];
  /** The median INFLESZ score of each translated language's pages. */
  medianScores?: Partial<Record<TranslatedLocale, number>>;
};

type ParsedFile = ParsedPage;

type Reference = { file: string; field: string; to: CollectionName | 'any'; value: string };

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

function listMarkdownFiles(dir: string, skipFolders: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory())
        return skipFolders.includes(entry.name) ? [] : listMarkdownFiles(full);
      return entry.isFile() && !entry.name.startsWith('.') ? [full] : [];
    });
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Checks one value against its spec; returns problems as [field path, message]. */
function checkField(
  fieldPath: string,
  spec: FieldSpec,
  value: unknown,
  today: string,
  addReference: (field: string, to: CollectionName | 'any', value: string) => void,
): [string, string][] {
  const problems: [string, string][] = [];
  const add = (message: string, field = fieldPath) => problems.push([field, message]);
  const isStringList = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((item) => typeof item === 'string' && item.trim() !== '');

  switch (spec.kind) {
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') {
        add(`${show(value)} must be text`);
      } else if (spec.maxLength !== undefined && value.length > spec.maxLength) {
        add(`${show(value)} is ${value.length} characters; the limit is ${spec.maxLength}`);
      }
      break;
    case 'date':
      if (typeof value !== 'string' || !isRealDate(value)) {
        add(`${show(value)} is not a real date written as YYYY-MM-DD`);
      } else if (value > today) {
        add(`${show(value)} is in the future; use the date the page was actually reviewed`);
      }
      break;
    case 'string-list':
    case 'enum-list':
    case 'ref-list': {
      if (!isStringList(value)) {
        add(`${show(value)} must be a list of text items`);
        break;
      }
      const min = 'minItems' in spec ? spec.minItems : undefined;
      const max = 'maxItems' in spec ? spec.maxItems : undefined;
      if (min !== undefined && value.length < min) {
        add(`has ${value.length} items; it needs at least ${min}`);
      }
      if (max !== undefined && value.length > max)
        add(`has ${value.length} items; the limit is ${max}`);
      const seen = new Set<string>();
      for (const item of value) {
        if (seen.has(item)) add(`${show(item)} is listed twice`);
        seen.add(item);
        if (spec.kind === 'enum-list' && !spec.options.includes(item)) {
          const hint = closestMatch(item, spec.options);
          add(
            `${show(item)} is not one of ${spec.options.join(', ')}${hint ? `; did you mean ${show(hint)}?` : ''}`,
          );
        }
        if (spec.kind === 'ref-list') addReference(fieldPath, spec.to, item);
      }
      break;
    }
    case 'enum':
      if (typeof value !== 'string' || !spec.options.includes(value)) {
        const hint = typeof value === 'string' ? closestMatch(value, spec.options) : undefined;
        add(
          `${show(value)} is not one of ${spec.options.join(', ')}${hint ? `; did you mean ${show(hint)}?` : ''}`,
        );
      }
      break;
    case 'ref':
      if (typeof value !== 'string' || value.trim() === '') add(`${show(value)} must be text`);
      else addReference(fieldPath, spec.to, value);
      break;
    case 'object':
    case 'object-list': {
      const items = spec.kind === 'object' ? [value] : value;
      if (!Array.isArray(items)) {
        add(`${show(value)} must be a list`);
        break;
      }
      if (
        spec.kind === 'object-list' &&
        spec.minItems !== undefined &&
        items.length < spec.minItems
      ) {
        add(`has ${items.length} items; it needs at least ${spec.minItems}`);
      }
      items.forEach((item, index) => {
        const itemPath = spec.kind === 'object' ? fieldPath : `${fieldPath}[${index}]`;
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
          add(
            `${show(item)} must be a group of fields (${Object.keys(spec.fields).join(', ')})`,
            itemPath,
          );
          return;
        }
        problems.push(
          ...checkFields(
            itemPath,
            spec.fields,
            item as Record<string, unknown>,
            today,
            addReference,
          ),
        );
      });
      break;
    }
  }
  return problems;
}

function checkFields(
  prefix: string,
  fields: Record<string, FieldSpec>,
  data: Record<string, unknown>,
  today: string,
  addReference: (field: string, to: CollectionName | 'any', value: string) => void,
): [string, string][] {
  const problems: [string, string][] = [];
  const join = (name: string) => (prefix ? `${prefix}.${name}` : name);
  for (const key of Object.keys(data)) {
    if (!(key in fields)) {
      const hint = closestMatch(key, Object.keys(fields));
      problems.push([
        join(key),
        `unknown field${hint ? `; did you mean ${show(hint)}?` : ''} (allowed: ${Object.keys(fields).join(', ')})`,
      ]);
    }
  }
  for (const [name, spec] of Object.entries(fields)) {
    const value = data[name];
    if (value === undefined || value === null) {
      if (spec.required) problems.push([join(name), `missing required field: ${spec.doc}`]);
      continue;
    }
    problems.push(...checkField(join(name), spec, value, today, addReference));
  }
  return problems;
}

function lineOfByte(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decodes UTF-8 strictly; returns the line of the first bad byte when it is not UTF-8. */
function decodeUtf8(bytes: Buffer): { text: string } | { badLine: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Find the first offset where decoding fails, to point the author at a line.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const mid = Math.floor((low + high + 1) / 2);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        low = mid;
      } catch {
        high = mid - 1;
      }
    }
    return { badLine: lineOfByte(bytes, low) };
  }
}

type Tree = {
  /** Every collection/slug with a file, whether or not the file could be read. */
  present: Set<string>;
  parsed: ParsedFile[];
  references: Reference[];
  errors: string[];
  counts: Record<CollectionName, number>;
};

/**
 * Reads and validates one language's tree of content files. A translated tree is read with
 * the translation fields, and each page takes its shared fields from `originals`.
 */
function readTree(
  dir: string,
  displayRoot: string,
  today: string,
  locale: Locale,
  originals?: ReadonlyMap<string, ParsedFile>,
  originalFiles?: ReadonlySet<string>,
): Tree {
  const errors: string[] = [];
  const parsed: ParsedFile[] = [];
  const references: Reference[] = [];
  const present = new Set<string>();
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<
    CollectionName,
    number
  >;
  const report = (file: string, field: string, message: string) =>
    errors.push(formatProblem({ file, field, message }));
  const factStatements = new Map(readFacts(dir).map((fact) => [fact.slug, fact.statement]));
  const translationFolders: readonly string[] = locale === 'en' ? TRANSLATED_LOCALES : [];
  for (const file of listMarkdownFiles(dir, translationFolders)) {
    const relative = path.relative(dir, file).split(path.sep).join('/');
    if (relative === PUBLISHED_PATHS_FILE) continue;
    const display = `${displayRoot}/${relative}`;
    const [folder] = relative.split('/');
    const collection = COLLECTIONS.find((c) => c === folder);
    const name = path.basename(file);
    if (!collection) {
      const folders = locale === 'en' ? [...COLLECTIONS, ...TRANSLATED_LOCALES] : COLLECTIONS;
      report(
        display,
        'folder',
        `${show(folder)} is not a content folder; use one of ${folders.join(', ')}`,
      );
      continue;
    }
    if (!FILE_NAME.test(name)) {
      report(
        display,
        'file name',
        `${show(name)} must be lowercase words joined by hyphens, ending in .md (for example low-back-pain.md)`,
      );
      continue;
    }
    present.add(`${collection}/${name.replace(/\.md$/, '')}`);
    const bytes = readFileSync(file);
    const decoded = decodeUtf8(bytes);
    if ('badLine' in decoded) {
      report(
        display,
        'encoding',
        `line ${decoded.badLine} is not valid UTF-8; save the file as UTF-8`,
      );
      continue;
    }
    const read = readFrontMatter(decoded.text);
    if (!read.ok) {
      report(display, read.field, read.message);
      continue;
    }
    const { body } = read;
    let data = read.data;
    const slug = name.replace(/\.md$/, '');
    const spec = SCHEMA[collection];
    counts[collection]++;
    const addReference = (field: string, to: CollectionName | 'any', value: string) =>
      references.push({ file: display, field, to, value });
    const fields = originals ? translationFields(collection) : spec.fields;
    for (const [field, message] of checkFields('', fields, data, today, addReference)) {
      report(display, field, message);
    }
    if (originals) {
      const originalSlug = data[TRANSLATION_OF];
      const original =
        typeof originalSlug === 'string'
          ? originals.get(`${collection}/${originalSlug}`)
          : undefined;
      // An original that exists but could not be read has its own error already.
      if (
        typeof originalSlug === 'string' &&
        originalFiles?.has(`${collection}/${originalSlug}`) &&
        !original
      )
        continue;
      if (typeof originalSlug === 'string' && !original) {
        const hint = closestMatch(
          originalSlug,
          [...originals.keys()]
            .filter((key) => key.startsWith(`${collection}/`))
            .map((key) => key.slice(collection.length + 1)),
        );
        report(
          display,
          TRANSLATION_OF,
          `${show(originalSlug)} is not an English page in ${collection}/${hint ? `; did you mean ${show(hint)}?` : ''}`,
        );
        continue;
      }
      if (original) data = withSharedFields(spec.fields, original.data, data);
    }
    if (spec.bodyRequired && body.trim() === '') {
      report(display, 'body', `"" is empty; write the page's text below the front matter`);
    }
    // Pages are checked as readers see them: with their shared facts inserted.
    const shownBody = expandFacts(body, factStatements);
    const facts = analyzeBody(shownBody);
    // Links are checked in the shape of English addresses, within the page's own language.
    if (locale !== 'en')
      facts.links = facts.links.map((link) =>
        link.startsWith('/') ? (logicalPath(link, locale) ?? `${OTHER_LANGUAGE}${link}`) : link,
      );
    parsed.push({ collection, slug, display, data, body, shownBody, facts, locale });
    for (const problem of facts.problems) {
      report(display, problem.field, `${show(problem.value)} ${problem.message}`);
    }
  }

  const slugs = new Map<CollectionName, string[]>(COLLECTIONS.map((c) => [c, []]));
  const firstFileOfSlug = new Map<string, string>();
  const translatorOf = new Map<string, string>();
  for (const page of parsed) {
    const key = `${page.collection}/${page.slug}`;
    const first = firstFileOfSlug.get(key);
    if (first) {
      report(
        page.display,
        'slug',
        `${show(page.slug)} is already used by ${first}; rename one file`,
      );
    } else {
      firstFileOfSlug.set(key, page.display);
      slugs.get(page.collection)?.push(page.slug);
    }
    const original = page.data[TRANSLATION_OF];
    if (originals && typeof original === 'string') {
      const originalKey = `${page.collection}/${original}`;
      const other = translatorOf.get(originalKey);
      if (other)
        report(page.display, TRANSLATION_OF, `${show(original)} is already translated by ${other}`);
      else translatorOf.set(originalKey, page.display);
    }
  }

  const glossaryWords = new Map<string, string>();
  for (const page of parsed.filter((p) => p.collection === 'glossary')) {
    const { term, otherSpellings } = page.data;
    const words = [term, ...(Array.isArray(otherSpellings) ? otherSpellings : [])];
    for (const word of words) {
      if (typeof word !== 'string') continue;
      const key = word.trim().toLowerCase();
      const owner = glossaryWords.get(key);
      if (owner && owner !== page.display) {
        report(page.display, 'term', `${show(word)} is already defined in ${owner}`);
      } else {
        glossaryWords.set(key, page.display);
      }
    }
  }

  // A translation takes its relations from its original, where they name English pages; the
  // rules that follow relations (every page linked from another) work within this language.
  if (originals) {
    const ownSlug = new Map(
      parsed.map((page) => [`${page.collection}/${String(page.data[TRANSLATION_OF])}`, page.slug]),
    );
    for (const page of parsed) page.data = withOwnRelations(page, ownSlug);
  }
  // A translation's relations name English pages: they were checked with the original.
  if (!originals) {
    const allPages = [...firstFileOfSlug.keys()];
    for (const ref of references) {
      const candidates = ref.to === 'any' ? allPages : (slugs.get(ref.to) ?? []);
      if (candidates.includes(ref.value)) continue;
      const hint = closestMatch(ref.value, candidates);
      const what =
        ref.to === 'any' ? 'a page (write it as collection/slug)' : `a page in ${ref.to}/`;
      report(
        ref.file,
        ref.field,
        `${show(ref.value)} is not ${what}${hint ? `; did you mean ${show(hint)}?` : ''}`,
      );
    }
  }
  return { present, parsed, references, errors, counts };
}

/** A translation's references to English pages, as references to their translations (where there are any). */
function withOwnRelations(
  page: ParsedFile,
  ownSlug: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const data = { ...page.data };
  const translate = (to: CollectionName | 'any', value: string) => {
    if (to !== 'any') return ownSlug.get(`${to}/${value}`) ?? value;
    const [collection = '', slug = ''] = value.split('/');
    const own = ownSlug.get(value);
    return own ? `${collection}/${own}` : `${collection}/${slug}`;
  };
  for (const [name, spec] of Object.entries(SCHEMA[page.collection].fields)) {
    const value = data[name];
    if (spec.kind === 'ref' && typeof value === 'string') data[name] = translate(spec.to, value);
    if (spec.kind === 'ref-list' && Array.isArray(value))
      data[name] = value.map((item) =>
        typeof item === 'string' ? translate(spec.to, item) : item,
      );
  }
  return data;
}

/** A translation's data with the fields it does not write taken from its original. */
function withSharedFields(
  fields: Record<string, FieldSpec>,
  original: Record<string, unknown>,
  translation: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...translation };
  delete merged[TRANSLATION_OF];
  for (const [name, spec] of Object.entries(fields)) {
    if (isSharedAcrossLanguages(spec)) {
      if (original[name] !== undefined) merged[name] = original[name];
    } else if (spec.kind === 'object') {
      const own = translation[name];
      const theirs = original[name];
      if (own && typeof own === 'object' && theirs && typeof theirs === 'object')
        merged[name] = withSharedFields(
          spec.fields,
          theirs as Record<string, unknown>,
          own as Record<string, unknown>,
        );
    }
  }
  merged[TRANSLATION_OF] = translation[TRANSLATION_OF];
  return merged;
}

/** What each translation lacks: English files with no translation, and translations older than their original. */
function translationStatus(
  locale: TranslatedLocale,
  english: readonly ParsedFile[],
  translated: readonly ParsedFile[],
  lastChanged?: ReadonlyMap<string, string>,
): TranslationStatus {
  const byOriginal = new Map(
    translated.map((page) => [`${page.collection}/${String(page.data[TRANSLATION_OF])}`, page]),
  );
  const missing: string[] = [];
  const behind: string[] = [];
  for (const page of english) {
    const translation = byOriginal.get(`${page.collection}/${page.slug}`);
    const originalFile = `${page.collection}/${page.slug}.md`;
    if (!translation) {
      missing.push(originalFile);
      continue;
    }
    const translationFile = `${locale}/${translation.collection}/${translation.slug}.md`;
    const originalDate = lastChanged?.get(originalFile);
    const translationDate = lastChanged?.get(translationFile);
    if (originalDate && translationDate && translationDate < originalDate)
      behind.push(translationFile);
  }
  return { locale, missing, behind };
}

export function checkContent(options: CheckOptions): CheckResult {
  const contentDir = path.resolve(options.contentDir);
  const displayRoot = options.displayRoot ?? path.relative(process.cwd(), contentDir) ?? '.';
  const today = options.today ?? todayUtc();
  const emptyCounts = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<
    CollectionName,
    number
  >;

  if (!statSync(contentDir, { throwIfNoEntry: false })?.isDirectory()) {
    const errors = [`${displayRoot}: folder: ${show(displayRoot)} does not exist`];
    return { errors, warnings: [], counts: emptyCounts, pages: [], medianGrade: null };
  }

  const english = readTree(contentDir, displayRoot, today, 'en');
  const originals = new Map(
    english.parsed.map((page) => [`${page.collection}/${page.slug}`, page]),
  );
  const translations = TRANSLATED_LOCALES.flatMap((locale) => {
    const dir = path.join(contentDir, locale);
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
    return [
      {
        locale,
        tree: readTree(dir, `${displayRoot}/${locale}`, today, locale, originals, english.present),
      },
    ];
  });
  const errors = [...english.errors, ...translations.flatMap(({ tree }) => tree.errors)];
  const counts = english.counts;

  // The quality gates read fields the schema has vouched for, so they run once it passes.
  if (errors.length > 0) return { errors, warnings: [], counts, pages: [], medianGrade: null };
  const publishedFile = path.join(contentDir, PUBLISHED_PATHS_FILE);
  const settings = {
    root: displayRoot,
    today,
    reviewIntervalMonths: siteConfig.reviewIntervalMonths,
    reviewers: options.reviewers ?? siteConfig.reviewers,
    requireClinicalReview: options.requireClinicalReview ?? siteConfig.requireClinicalReview,
    ...(options.rules ?? siteConfig.contentRules),
  };
  const published = existsSync(publishedFile)
    ? parsePublishedPaths(readFileSync(publishedFile, 'utf8'))
    : undefined;
  // Each language answers for its own published addresses, as logical paths.
  const publishedIn = (locale: Locale) =>
    published?.flatMap((address) => {
      if (localeOfPath(address) !== locale) return [];
      const logical = logicalPath(address, locale);
      return logical === undefined ? [] : [logical];
    });
  const quality = checkQuality(english.parsed, {
    ...settings,
    locale: 'en',
    publishedPaths: publishedIn('en'),
  });
  const requireComplete =
    options.requireCompleteTranslations ?? siteConfig.translations.requireComplete;
  const result: CheckResult = {
    errors: [...quality.errors],
    warnings: [...quality.warnings],
    counts,
    pages: [...quality.pages],
    medianGrade: quality.medianGrade,
    factUses: quality.factUses,
    translations: [],
    medianScores: {},
  };
  for (const { locale, tree } of translations) {
    const translatedQuality = checkQuality(tree.parsed, {
      ...settings,
      root: `${displayRoot}/${locale}`,
      locale,
      publishedPaths: publishedIn(locale),
    });
    result.errors.push(...translatedQuality.errors);
    result.warnings.push(...translatedQuality.warnings);
    result.pages.push(...translatedQuality.pages);
    if (result.medianScores) result.medianScores[locale] = translatedQuality.medianScore;
    const status = translationStatus(locale, english.parsed, tree.parsed, options.lastChanged);
    result.translations?.push(status);
    const lines = [
      ...status.missing.map(
        (file) => `${displayRoot}/${file}: translation: has no ${locale} translation yet`,
      ),
      ...status.behind.map(
        (file) =>
          `${displayRoot}/${file}: translation: is behind its English original, which changed after it; update it`,
      ),
    ];
    (requireComplete ? result.errors : result.warnings).push(...lines);
  }
  return result;
}
