/** The content report: every page's quality figures as a plain-text table. */
import type { PageReport } from './quality';

const COLUMNS = [
  'lang',
  'type',
  'page',
  'words',
  'grade',
  'INFLESZ',
  'sources',
  'checked',
  'check due',
  'clinical review',
  'issues',
] as const;

function row(page: PageReport): string[] {
  return [
    page.locale,
    page.collection,
    page.slug,
    page.collection === 'glossary' ? '-' : String(page.words),
    page.grade === null ? '-' : page.grade.toFixed(1),
    page.score === null ? '-' : page.score.toFixed(1),
    page.collection === 'glossary' ? '-' : `${page.trustedSources}/${page.sources}`,
    page.lastReviewed ?? '-',
    page.nextReview ?? '-',
    page.collection === 'glossary' || page.collection === 'facts'
      ? '-'
      : (page.clinicalReview ?? 'not yet'),
    String(page.warnings.length + page.problems.length || ''),
  ];
}

/** A fixed-width table, one line per page, with a header line. */
export function reportTable(pages: readonly PageReport[]): string {
  const rows = [[...COLUMNS], ...pages.map(row)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) =>
          i >= 3 && i <= 6 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Where each shared fact is used, one fact a line. */
export function factUsesTable(uses: Record<string, readonly string[]>): string {
  return Object.entries(uses)
    .map(
      ([slug, files]) =>
        `${slug}: ${files.length} page${files.length === 1 ? '' : 's'}${files.length ? ` (${files.join(', ')})` : ''}`,
    )
    .join('\n');
}
