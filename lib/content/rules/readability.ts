/** Plain words: each page's reading grade, and the library's median, within the configured limits. */
import { median } from '../readability';
import type { ParsedPage } from '../quality';
import type { RuleContext } from './context';
import type { Problem } from './problem';

export function readingGradeProblems(page: ParsedPage, context: RuleContext): Problem[] {
  if (page.locale === 'es') return infleszProblems(page, context);
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
  if (context.locale === 'es') return medianScoreProblems(pages, context);
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

/** A Spanish page's INFLESZ score must reach the configured minimum (higher is easier). */
function infleszProblems(page: ParsedPage, context: RuleContext): Problem[] {
  const score = context.library.figures.get(page)?.score;
  if (score === undefined || score === null || score >= context.minInfleszScore) return [];
  return [
    {
      file: page.display,
      field: 'body',
      message: `INFLESZ score ${score} is below the minimum of ${context.minInfleszScore}; use shorter sentences and shorter, common words`,
    },
  ];
}

/** The median INFLESZ score of Spanish pages, rounded to one decimal; 0 when nothing is measured. */
export function medianScore(pages: readonly ParsedPage[], context: RuleContext): number {
  const scores = pages
    .map((p) => context.library.figures.get(p)?.score)
    .filter((s): s is number => typeof s === 'number');
  return scores.length === 0 ? 0 : Math.round(median(scores) * 10) / 10;
}

function medianScoreProblems(pages: readonly ParsedPage[], context: RuleContext): Problem[] {
  const score = medianScore(pages, context);
  if (score === 0 || score >= context.minMedianInfleszScore) return [];
  return [
    {
      file: context.root,
      field: 'INFLESZ score',
      message: `the Spanish library's median score ${score} is below the minimum of ${context.minMedianInfleszScore}`,
    },
  ];
}
