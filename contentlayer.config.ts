/**
 * Contentlayer document types, derived from the content model in `lib/content/schema.ts`.
 * The fields are never written here: change the schema, and this file follows.
 */
import {
  defineDocumentType,
  defineNestedType,
  makeSource,
  type ComputedFields,
  type FieldDef,
} from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import { factReferences, remarkDirectives } from './lib/content/directives';
import { rehypeGlossary } from './lib/content/glossary-links';
import { rehypeHeadingIds } from './lib/content/heading-ids';
import { rehypeExternalLinks } from './lib/content/rehype-external-links';
import { siteConfig } from './lib/site-config';
import { plainText, readingMinutes, tableOfContents } from './lib/content/markdown';
import { ORIGINAL_LOCALE, TRANSLATED_LOCALES, localizePath, type Locale } from './lib/i18n';
import { rehypeSectionLinks } from './lib/section-links';
import {
  COLLECTIONS,
  SCHEMA,
  pageUrl,
  translationFields,
  translationTypeName,
  type CollectionName,
  type FieldSpec,
} from './lib/content/schema';

type NestedType = ReturnType<typeof defineNestedType>;
const nestedTypes = new Map<string, NestedType>();

function nestedType(name: string, fields: Record<string, FieldSpec>): NestedType {
  let type = nestedTypes.get(name);
  if (!type) {
    type = defineNestedType(() => ({ name, fields: toFieldDefs(fields) }));
    nestedTypes.set(name, type);
  }
  return type;
}

function toFieldDef(spec: FieldSpec): FieldDef {
  const base = { description: spec.doc, required: spec.required };
  switch (spec.kind) {
    case 'string':
    case 'ref':
      return { ...base, type: 'string' };
    case 'date':
      return { ...base, type: 'date' };
    case 'enum':
      return { ...base, type: 'enum', options: spec.options };
    case 'string-list':
    case 'ref-list':
      return { ...base, type: 'list', of: { type: 'string' } };
    case 'enum-list':
      return { ...base, type: 'list', of: { type: 'enum', options: spec.options } };
    case 'object':
      return { ...base, type: 'nested', of: nestedType(spec.name, spec.fields) };
    case 'object-list':
      return { ...base, type: 'list', of: nestedType(spec.name, spec.fields) };
  }
}

function toFieldDefs(fields: Record<string, FieldSpec>): Record<string, FieldDef> {
  return Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, toFieldDef(spec)]));
}

const slugOf = (doc: { _raw: { sourceFileName: string } }) =>
  doc._raw.sourceFileName.replace(/\.md$/, '');

function computedFields(collection: CollectionName, locale: Locale): ComputedFields {
  const slug: ComputedFields[string] = {
    type: 'string',
    description:
      'The file name without .md; the last part of the URL, and the name :fact[...] uses.',
    resolve: slugOf,
  };
  // Facts have no page of their own: they are inserted into the pages that use them.
  if (collection === 'facts') return { slug };
  return {
    slug,
    factsUsed: {
      // A list of slugs; Contentlayer's computed fields have no list type, so queries.ts reads it typed.
      type: 'json',
      description: 'The shared facts the body inserts, whose sources the page lists too.',
      resolve: (doc) => factReferences(doc.body.raw),
    },
    url: {
      type: 'string',
      description: 'The path of the page on the site.',
      resolve: (doc) => localizePath(pageUrl(collection, slugOf(doc)), locale),
    },
    readingMinutes: {
      type: 'number',
      description: 'Minutes to read the body at a slow pace.',
      resolve: (doc) => readingMinutes(plainText(doc.body.raw)),
    },
    toc: {
      // Contentlayer has no typed list of objects for computed fields; lib/content/queries.ts
      // reads this through a typed accessor.
      type: 'json',
      description: 'Sections and subsections of the body, for the table of contents.',
      resolve: (doc) => tableOfContents(doc.body.raw),
    },
    plainText: {
      type: 'string',
      description: 'The body as plain text, for search and readability checks.',
      resolve: (doc) => plainText(doc.body.raw),
    },
  };
}

const documentTypes = COLLECTIONS.flatMap((collection) => [
  defineDocumentType(() => ({
    name: SCHEMA[collection].typeName,
    filePathPattern: `${collection}/**/*.md`,
    contentType: 'markdown',
    fields: toFieldDefs(SCHEMA[collection].fields),
    computedFields: computedFields(collection, ORIGINAL_LOCALE),
  })),
  // A translation has the words of its original's fields; lib/content/queries.ts adds the rest.
  ...TRANSLATED_LOCALES.map((locale) =>
    defineDocumentType(() => ({
      name: translationTypeName(collection, locale),
      filePathPattern: `${locale}/${collection}/**/*.md`,
      contentType: 'markdown',
      fields: toFieldDefs(translationFields(collection)),
      computedFields: computedFields(collection, locale),
    })),
  ),
]);

// Benchmarks and tests point this at another folder; the site builds from content/.
const contentDir = process.env.CONTENT_DIR ?? 'content';

export default makeSource({
  contentDirPath: contentDir,
  documentTypes,
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
  markdown: {
    remarkPlugins: [remarkGfm, remarkDirectives(contentDir)],
    rehypePlugins: [
      // The glossary is read when Contentlayer starts: in `npm run dev`, restart it after editing glossary terms.
      rehypeGlossary(contentDir),
      rehypeExternalLinks(new URL(siteConfig.baseUrl).origin),
      rehypeHeadingIds,
      // A link after each heading (not inside it), so the heading's accessible name stays its own text.
      rehypeSectionLinks,
    ],
  },
});
