/** Enough to read: the required sections, and prose within the collection's word limits. */
import type { ParsedPage } from '../quality';
import { SCHEMA, WORDS_PER_ENGLISH_WORD } from '../schema';
import type { RuleContext } from './context';
import type { Problem } from './problem';

export function lengthProblems(page: ParsedPage, context: RuleContext): Problem[] {
  const rules = SCHEMA[page.collection].quality;
  const words = context.library.figures.get(page)?.words ?? 0;
  if (!rules) return [];
  const problems: Problem[] = [];
  const scaled = (limit: number) => Math.round(limit * WORDS_PER_ENGLISH_WORD[page.locale]);
  const min = scaled(rules.minProseWords);
  if (words < min)
    problems.push({
      file: page.display,
      field: 'body',
      message: `${words} words of prose; at least ${min} are needed`,
    });
  const max = rules.maxProseWords === undefined ? undefined : scaled(rules.maxProseWords);
  if (max !== undefined && words > max)
    problems.push({
      file: page.display,
      field: 'body',
      message: `${words} words of prose; at most ${max} are allowed`,
    });
  return problems;
}

export function requiredSectionProblems(page: ParsedPage): Problem[] {
  const rules = SCHEMA[page.collection].quality;
  if (!rules) return [];
  const sections = page.facts.sections.map((title) => title.toLowerCase());
  return rules.requiredSections[page.locale]
    .filter((required) => !sections.includes(required.toLowerCase()))
    .map((required) => ({
      file: page.display,
      field: 'body',
      value: `## ${required}`,
      message: 'section is missing',
    }));
}
