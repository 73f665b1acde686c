/** Plain words: each page's reading grade, and the library's median, within the configured limits. */
import { median } from '../readability';
import type { ParsedPage } from '../quality';
import type { RuleContext } from './context';
import type { Problem } from './problem';

export function readingGradeProblems(page: ParsedPage, context: RuleContext): Problem[] {
  const grade = context.library.figures.get(page)?.grade;
  if (grade === undefined || grade === null || grade <= context.maxReadingGrade) return [];
  return [
    {
      file: page.display,
      field: 'body',
      message: `reading grade ${grade} is above the limit of ${context.maxReadingGrade}; use shorter sentences and simpler words`,
    },
  ];
}

/** The library's median grade, rounded to one decimal; 0 when nothing is measured. */
export function medianGrade(pages: readonly ParsedPage[], context: RuleContext): number {
  const grades = pages
    .map((p) => context.library.figures.get(p)?.grade)
    .filter((g): g is number => typeof g === 'number');
  return grades.length === 0 ? 0 : Math.round(median(grades) * 10) / 10;
}

export function medianGradeProblems(pages: readonly ParsedPage[], context: RuleContext): Problem[] {
  const grade = medianGrade(pages, context);
  if (grade <= context.maxMedianReadingGrade) return [];
  return [
    {
      file: context.root,
      field: 'reading grade',
      message: `the library's median grade ${grade} is above the limit of ${context.maxMedianReadingGrade}`,
    },
  ];
}
