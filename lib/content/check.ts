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
  type CollectionName,
  type FieldSpec,
} from './schema';

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
};

type ParsedFile = ParsedPage;

type Reference = { file: string; field: string; to: CollectionName | 'any'; value: string };

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

function listMarkdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listMarkdownFiles(full);
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

export function checkContent(options: CheckOptions): CheckResult {
  const contentDir = path.resolve(options.contentDir);
  const displayRoot = options.displayRoot ?? path.relative(process.cwd(), contentDir) ?? '.';
  const today = options.today ?? todayUtc();
  const errors: string[] = [];
  const parsed: ParsedFile[] = [];
  const references: Reference[] = [];
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<
    CollectionName,
    number
  >;
  const report = (file: string, field: string, message: string) =>
    errors.push(formatProblem({ file, field, message }));

  if (!statSync(contentDir, { throwIfNoEntry: false })?.isDirectory()) {
    const errors = [`${displayRoot}: folder: ${show(displayRoot)} does not exist`];
    return { errors, warnings: [], counts, pages: [], medianGrade: null };
  }

  const factStatements = new Map(readFacts(contentDir).map((fact) => [fact.slug, fact.statement]));
  for (const file of listMarkdownFiles(contentDir)) {
    const relative = path.relative(contentDir, file).split(path.sep).join('/');
    if (relative === PUBLISHED_PATHS_FILE) continue;
    const display = `${displayRoot}/${relative}`;
    const [folder] = relative.split('/');
    const collection = COLLECTIONS.find((c) => c === folder);
    const name = path.basename(file);
    if (!collection) {
      report(
        display,
        'folder',
        `${show(folder)} is not a content folder; use one of ${COLLECTIONS.join(', ')}`,
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
    const { data, body } = read;
    const slug = name.replace(/\.md$/, '');
    const spec = SCHEMA[collection];
    counts[collection]++;
    // Pages are checked as readers see them: with their shared facts inserted.
    const shownBody = expandFacts(body, factStatements);
    const facts = analyzeBody(shownBody);
    parsed.push({ collection, slug, display, data, body, shownBody, facts });

    const addReference = (field: string, to: CollectionName | 'any', value: string) =>
      references.push({ file: display, field, to, value });
    for (const [field, message] of checkFields('', spec.fields, data, today, addReference)) {
      report(display, field, message);
    }
    if (spec.bodyRequired && body.trim() === '') {
      report(display, 'body', `"" is empty; write the page's text below the front matter`);
    }
    for (const problem of facts.problems) {
      report(display, problem.field, `${show(problem.value)} ${problem.message}`);
    }
  }

  const slugs = new Map<CollectionName, string[]>(COLLECTIONS.map((c) => [c, []]));
  const firstFileOfSlug = new Map<string, string>();
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

  const allPages = [...firstFileOfSlug.keys()];
  for (const ref of references) {
    const candidates = ref.to === 'any' ? allPages : (slugs.get(ref.to) ?? []);
    if (candidates.includes(ref.value)) continue;
    const hint = closestMatch(ref.value, candidates);
    const what = ref.to === 'any' ? 'a page (write it as collection/slug)' : `a page in ${ref.to}/`;
    report(
      ref.file,
      ref.field,
      `${show(ref.value)} is not ${what}${hint ? `; did you mean ${show(hint)}?` : ''}`,
    );
  }

  // The quality gates read fields the schema has vouched for, so they run once it passes.
  if (errors.length > 0) return { errors, warnings: [], counts, pages: [], medianGrade: null };
  const publishedFile = path.join(contentDir, PUBLISHED_PATHS_FILE);
  const quality = checkQuality(parsed, {
    root: displayRoot,
    publishedPaths: existsSync(publishedFile)
      ? parsePublishedPaths(readFileSync(publishedFile, 'utf8'))
      : undefined,
    today,
    reviewIntervalMonths: siteConfig.reviewIntervalMonths,
    reviewers: options.reviewers ?? siteConfig.reviewers,
    requireClinicalReview: options.requireClinicalReview ?? siteConfig.requireClinicalReview,
    ...(options.rules ?? siteConfig.contentRules),
  });
  return {
    errors: quality.errors,
    warnings: quality.warnings,
    counts,
    pages: quality.pages,
    medianGrade: quality.medianGrade,
    factUses: quality.factUses,
  };
}
