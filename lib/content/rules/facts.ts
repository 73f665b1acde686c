/**
 * Shared facts: every `:fact[slug]` names a fact in facts/, and every fact is used somewhere
 * (an unused one is a figure nobody checks any more).
 */
import { closestMatch } from '../../closest-match';
import { factReferences } from '../directives';
import type { ParsedPage } from '../quality';
import type { Problem } from './problem';

export function factProblems(pages: readonly ParsedPage[]): Problem[] {
  const facts = pages.filter((p) => p.collection === 'facts');
  const known = facts.map((p) => p.slug);
  const used = new Set<string>();
  const problems: Problem[] = [];
  for (const page of pages) {
    for (const slug of factReferences(page.body)) {
      used.add(slug);
      if (page.collection === 'facts') {
        problems.push({
          file: page.display,
          field: 'statement',
          value: `:fact[${slug}]`,
          message: 'a fact cannot insert another fact',
        });
      } else if (!known.includes(slug)) {
        const hint = closestMatch(slug, known);
        problems.push({
          file: page.display,
          field: 'body',
          value: `:fact[${slug}]`,
          message: `is not a fact in facts/${hint ? `; did you mean ${JSON.stringify(hint)}?` : ''}`,
        });
      }
    }
  }
  for (const fact of facts) {
    if (!used.has(fact.slug)) {
      problems.push({
        file: fact.display,
        field: 'statement',
        message: `is not used on any page; insert it with :fact[${fact.slug}] or remove the file`,
      });
    }
  }
  return problems;
}

/** Where each fact is used, for the content report. */
export function factUses(pages: readonly ParsedPage[]): Record<string, string[]> {
  const uses: Record<string, string[]> = {};
  for (const fact of pages.filter((p) => p.collection === 'facts')) uses[fact.slug] = [];
  for (const page of pages)
    for (const slug of factReferences(page.body)) uses[slug]?.push(page.display);
  return uses;
}
