/**
 * The arithmetic behind `scripts/screens-per-page.ts`: how many screens a page takes to scroll
 * through, and the median, shortest and longest per kind of page, so a change to the layout
 * or type scale can be measured before and after.
 */

/** One page measured in one viewport. */
export type PageMeasurement = {
  path: string;
  viewport: string;
  /** The viewport's height in CSS pixels. */
  viewportHeight: number;
  /** The whole document's height in CSS pixels. */
  documentHeight: number;
  /** How far down the page the h1 starts, in CSS pixels. */
  titleTop: number;
  /** The computed font size and line height of body text, in CSS pixels. */
  fontSize: number;
  lineHeight: number;
};

export type KindSummary = {
  kind: string;
  viewport: string;
  pages: number;
  screens: { median: number; min: number; max: number };
  titleTop: { median: number; min: number; max: number };
};

/** Screens to scroll through a page: its height over the viewport's, to one decimal. */
export const screensOf = (documentHeight: number, viewportHeight: number): number =>
  Math.round((documentHeight / viewportHeight) * 10) / 10;

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('No values to take the median of');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => sorted[index] ?? NaN;
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

const spread = (values: readonly number[]) => ({
  median: Math.round(median(values) * 10) / 10,
  min: Math.min(...values),
  max: Math.max(...values),
});

/** The kind of page an address is, for grouping: "procedure", "condition" or the path itself. */
export function pageKindOf(path: string): string {
  const match = /^\/(procedures|conditions)\/(?!compare$)[^/]+$/.exec(path);
  if (!match) return path;
  return match[1] === 'procedures' ? 'procedure' : 'condition';
}

/** Median, shortest and longest per kind of page and viewport, in the order first measured. */
export function summarise(measurements: readonly PageMeasurement[]): KindSummary[] {
  const groups = new Map<string, { kind: string; viewport: string; group: PageMeasurement[] }>();
  for (const measured of measurements) {
    const kind = pageKindOf(measured.path);
    const key = `${kind} ${measured.viewport}`;
    const entry = groups.get(key) ?? { kind, viewport: measured.viewport, group: [] };
    entry.group.push(measured);
    groups.set(key, entry);
  }
  return [...groups.values()].map(({ kind, viewport, group }) => {
    return {
      kind,
      viewport,
      pages: group.length,
      screens: spread(group.map((m) => screensOf(m.documentHeight, m.viewportHeight))),
      titleTop: spread(group.map((m) => Math.round(m.titleTop))),
    };
  });
}

/** One line per measured page, then one per kind: what the script prints. */
export function report(measurements: readonly PageMeasurement[]): string {
  const lines = measurements.map(
    (m) =>
      `${m.viewport.padEnd(9)} ${m.path.padEnd(58)} ${String(screensOf(m.documentHeight, m.viewportHeight)).padStart(5)} screens` +
      `  title at ${String(Math.round(m.titleTop)).padStart(4)} px  body ${m.fontSize}/${m.lineHeight} px`,
  );
  lines.push('', 'Per kind (median, min–max):');
  for (const kind of summarise(measurements)) {
    const { screens, titleTop } = kind;
    lines.push(
      `${kind.viewport.padEnd(9)} ${kind.kind.padEnd(22)} ${String(kind.pages).padStart(3)} pages` +
        `  screens ${screens.median} (${screens.min}–${screens.max})` +
        `  title at ${titleTop.median} px (${titleTop.min}–${titleTop.max})`,
    );
  }
  return lines.join('\n');
}
