/** Enough to read: the required sections, and prose within the collection's word limits. */
import type { ParsedPage } from '../quality';
import { SCHEMA } from '../schema';
import type { RuleContext } from './context';
import type { Problem } from './problem';

export function lengthProblems(page: ParsedPage, context: RuleContext): Problem[] {
  const rules = SCHEMA[page.collection].quality;
  const words = context.library.figures.get(page)?.words ?? 0;
  if (!rules) return [];
  const problems: Problem[] = [];
  if (words < rules.minProseWords)
    problems.push({
      file: page.display,
      field: 'body',
      message: `${words} words of prose; at least ${rules.minProseWords} are needed`,
    });
  if (rules.maxProseWords !== undefined && words > rules.maxProseWords)
    problems.push({
      file: page.display,
      field: 'body',
      message: `${words} words of prose; at most ${rules.maxProseWords} are allowed`,
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
