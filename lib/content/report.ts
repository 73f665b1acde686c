/** The content report: every page's quality figures as a plain-text table. */
import type { PageReport } from './quality';

const COLUMNS = ['type', 'page', 'words', 'grade', 'sources', 'reviewed', 'review due', 'issues'] as const;

function row(page: PageReport): string[] {
  return [
    page.collection,
    page.slug,
    page.collection === 'glossary' ? '-' : String(page.words),
    page.grade === null ? '-' : page.grade.toFixed(1),
    page.collection === 'glossary' ? '-' : `${page.trustedSources}/${page.sources}`,
    page.lastReviewed ?? '-',
    page.nextReview ?? '-',
    String(page.warnings.length + page.problems.length || ''),
  ];
}

/** A fixed-width table, one line per page, with a header line. */
export function reportTable(pages: readonly PageReport[]): string {
  const rows = [[...COLUMNS], ...pages.map(row)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) => r.map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd())
    .join('\n');
}
