/**
 * Sources a clinician would accept: no refused host (lib/content/trusted-sources.ts), and
 * every guideline with its date, flagged in the report when older than the configured age.
 */
import type { ParsedPage } from '../quality';
import { refusedSourceReason } from '../trusted-sources';
import type { RuleContext } from './context';
import type { Problem } from './problem';

type Source = { title?: unknown; url?: unknown; date?: unknown; type?: unknown };

/** Titles that name a clinical guideline, which must then be marked as one. */
const GUIDELINE_TITLE = /guideline|\bNG\d+\b|clinical practice/i;

/** The latest year a source's date names ("2016, updated 2020" is 2020). */
export function latestYear(date: string): number | undefined {
  const years = [...date.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  return years.length > 0 ? Math.max(...years) : undefined;
}

export function sourceProblems(page: ParsedPage, context: RuleContext): Problem[] {
  const sources = (Array.isArray(page.data.sources) ? page.data.sources : []) as Source[];
  const problems: Problem[] = [];
  const thisYear = Number(context.today.slice(0, 4));
  sources.forEach((source, index) => {
    const field = `sources[${index}]`;
    const url = typeof source.url === 'string' ? source.url : '';
    const refused = refusedSourceReason(url);
    if (refused) {
      problems.push({
        file: page.display,
        field: `${field}.url`,
        value: url,
        message: `is ${refused}; cite the original publisher`,
      });
    }
    const title = typeof source.title === 'string' ? source.title : '';
    const isGuideline = source.type === 'guideline';
    if (!isGuideline && GUIDELINE_TITLE.test(title) && source.type === undefined) {
      problems.push({
        file: page.display,
        field: `${field}.type`,
        value: title,
        message: 'looks like a guideline; mark it "type: guideline" and give its date',
      });
    }
    if (!isGuideline) return;
    const year = typeof source.date === 'string' ? latestYear(source.date) : undefined;
    if (year === undefined) {
      problems.push({
        file: page.display,
        field: `${field}.date`,
        value: title,
        message: 'is a guideline without its year; give the date it was published or last updated',
      });
    } else if (thisYear - year > context.maxGuidelineAgeYears) {
      problems.push({
        file: page.display,
        field: `${field}.date`,
        value: String(source.date),
        message: `is a guideline over ${context.maxGuidelineAgeYears} years old; check for a newer version`,
        warning: true,
      });
    }
  });
  return problems;
}
