/**
 * What several rules need to know about the library as a whole, worked out once: which pages
 * exist, which words the glossary defines and which of them pages use, which pages link to
 * which, and each page's measured figures.
 */
import { inflesz } from '../inflesz';
import { excuseTerms, readability } from '../readability';
import type { ParsedPage } from '../quality';
import { SCHEMA, TOPICS } from '../schema';
import { termMatcher, type TermMatch } from '../term-matcher';
import { isTrustedSource } from '../trusted-sources';
import { sourceUrls } from './context';
import { strings } from './problem';

export type PageFigures = {
  /** Words of prose; 0 where the collection has no quality rules. */
  words: number;
  /** Flesch–Kincaid grade with glossary terms excused; null where not measured. */
  grade: number | null;
  /** INFLESZ score of a Spanish page, with glossary terms excused; null where not measured. */
  score: number | null;
  sources: number;
  trustedSources: number;
};

export type LibraryIndex = {
  /** Every document as collection/slug. */
  keys: ReadonlySet<string>;
  /** Each glossary term's words (term and other spellings), by slug. */
  glossaryWords: ReadonlyMap<string, string[]>;
  findTerms: (text: string) => TermMatch[];
  /** Glossary words found on some page, lower-cased. */
  usedWords: ReadonlySet<string>;
  /** The text glossary use is looked for in: the body as shown, and the key points. */
  textOf: (page: ParsedPage) => string;
  /** Pages that link to each page (by collection/slug), from bodies and every computed relation. */
  inbound: ReadonlyMap<string, ReadonlySet<string>>;
  figures: ReadonlyMap<ParsedPage, PageFigures>;
};

function glossaryWordsOf(pages: readonly ParsedPage[]): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const page of pages.filter((p) => p.collection === 'glossary')) {
    words.set(
      page.slug,
      [page.data.term, ...strings(page.data.otherSpellings)].filter((w) => typeof w === 'string'),
    );
  }
  return words;
}

function inboundLinks(pages: readonly ParsedPage[]): Map<string, Set<string>> {
  const inbound = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    if (!inbound.has(to)) inbound.set(to, new Set());
    inbound.get(to)?.add(from);
  };
  const both = (a: string, b: string) => {
    link(a, b);
    link(b, a);
  };
  for (const page of pages) {
    const key = `${page.collection}/${page.slug}`;
    for (const target of page.facts.links) {
      const [pathPart = '', fragment] = target.split('#');
      if (pathPart === '/faq' && fragment) link(key, `faqs/${fragment}`);
      else if (pathPart.startsWith('/faq/')) link(key, `faqs/${pathPart.slice('/faq/'.length)}`);
      else if (pathPart.startsWith('/glossary') && fragment) link(key, `glossary/${fragment}`);
      else if (pathPart.startsWith('/')) link(key, pathPart.slice(1).replace(/\/$/, ''));
    }
    // Relations show on both pages: a condition's procedures list the condition back, a
    // procedure's next steps link back, and a question appears on each page it names.
    if (page.collection === 'conditions')
      for (const slug of strings(page.data.procedures)) both(key, `procedures/${slug}`);
    if (page.collection === 'procedures') {
      for (const slug of strings(page.data.conditions)) both(key, `conditions/${slug}`);
      for (const slug of strings(page.data.nextSteps)) both(key, `procedures/${slug}`);
    }
    if (page.collection === 'faqs')
      for (const other of strings(page.data.related)) both(key, other);
    if (page.collection === 'glossary' && typeof page.data.related === 'string')
      link(key, page.data.related);
  }
  // Guides sharing a topic list each other as related guides.
  for (const topic of TOPICS) {
    const sharing = pages.filter(
      (p) => p.collection === 'guides' && strings(p.data.topics).includes(topic),
    );
    for (const a of sharing) for (const b of sharing) link(`guides/${a.slug}`, `guides/${b.slug}`);
  }
  return inbound;
}

function figuresOf(page: ParsedPage, findTerms: LibraryIndex['findTerms']): PageFigures {
  const rules = SCHEMA[page.collection].quality;
  if (!rules) return { words: 0, grade: null, score: null, sources: 0, trustedSources: 0 };
  const prose = page.facts.prose;
  const urls = sourceUrls(page);
  const excused = () => prose.map((block) => excuseTerms(block, findTerms));
  const measured = rules.readabilityChecked;
  return {
    // Spanish words are counted with their accented letters (English counting splits "médico").
    words: page.locale === 'es' ? inflesz(prose).words : readability(prose).words,
    grade: measured && page.locale === 'en' ? readability(excused()).grade : null,
    score: measured && page.locale === 'es' ? inflesz(excused()).score : null,
    sources: urls.length,
    trustedSources: urls.filter(isTrustedSource).length,
  };
}

export function indexLibrary(pages: readonly ParsedPage[]): LibraryIndex {
  const glossaryWords = glossaryWordsOf(pages);
  const findTerms = termMatcher([...glossaryWords.values()].flat());
  const textOf = (page: ParsedPage) =>
    `${page.shownBody}\n${strings(page.data.keyPoints).join('\n')}`;
  // One pass over each page for all terms, not one pass per term: at thousands of terms and
  // pages the difference is minutes.
  const usedWords = new Set<string>();
  for (const page of pages.filter((p) => p.collection !== 'glossary'))
    for (const { text } of findTerms(textOf(page))) usedWords.add(text.toLowerCase());
  return {
    keys: new Set(pages.map((p) => `${p.collection}/${p.slug}`)),
    glossaryWords,
    findTerms,
    usedWords,
    textOf,
    inbound: inboundLinks(pages),
    figures: new Map(pages.map((page) => [page, figuresOf(page, findTerms)])),
  };
}
