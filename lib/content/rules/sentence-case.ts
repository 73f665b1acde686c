/**
 * Titles and headings are written in sentence case (lib/sentence-case.ts): one problem per
 * title or heading, naming the words that should start lower case.
 */
import { titleCaseWords } from '../../sentence-case';
import { tableOfContents } from '../markdown';
import type { ParsedPage } from '../quality';
import type { Problem } from './problem';

/** The front-matter fields that are a page's title, in whichever collection has them. */
const TITLE_FIELDS = ['title', 'question', 'term'];

function problemFor(file: string, field: string, text: string): Problem[] {
  const words = titleCaseWords(text);
  if (words.length === 0) return [];
  return [
    {
      file,
      field,
      value: text,
      message: `is not in sentence case: write ${words.map((w) => `"${w.toLowerCase()}"`).join(', ')} in lower case (or, for a proper noun, add it to lib/sentence-case.ts)`,
    },
  ];
}

export function sentenceCaseProblems(page: ParsedPage): Problem[] {
  const fields = TITLE_FIELDS.flatMap((field) => {
    const value = page.data[field];
    return typeof value === 'string' ? problemFor(page.display, field, value) : [];
  });
  const headings = tableOfContents(page.shownBody).flatMap((entry) =>
    problemFor(page.display, 'body', entry.text),
  );
  return [...fields, ...headings];
}
