import { describe, expect, it } from 'vitest';
import {
  median,
  pageKindOf,
  report,
  screensOf,
  summarise,
  type PageMeasurement,
} from '@/lib/screens-per-page';

const measured = (path: string, documentHeight: number, titleTop = 100): PageMeasurement => ({
  path,
  viewport: 'phone',
  viewportHeight: 1000,
  documentHeight,
  titleTop,
  fontSize: 18,
  lineHeight: 27,
});

describe('screens per page', () => {
  it('counts screens as document height over viewport height, to one decimal', () => {
    expect(screensOf(15_700, 1000)).toBe(15.7);
    expect(screensOf(915, 915)).toBe(1);
    expect(screensOf(1000, 915)).toBe(1.1);
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('groups procedure and condition pages, and keeps other pages on their own', () => {
    expect(pageKindOf('/procedures/epidural-steroid-injection')).toBe('procedure');
    expect(pageKindOf('/conditions/sciatica')).toBe('condition');
    expect(pageKindOf('/procedures/compare')).toBe('/procedures/compare');
    expect(pageKindOf('/')).toBe('/');
  });

  it('summarises each kind by median, shortest and longest', () => {
    const [procedures, home] = summarise([
      measured('/procedures/a', 10_000, 300),
      measured('/procedures/b', 16_000, 290),
      measured('/procedures/c', 12_000, 310),
      measured('/', 3000),
    ]);
    expect(procedures).toEqual({
      kind: 'procedure',
      viewport: 'phone',
      pages: 3,
      screens: { median: 12, min: 10, max: 16 },
      titleTop: { median: 300, min: 290, max: 310 },
    });
    expect(home?.kind).toBe('/');
    const [pair] = summarise([
      measured('/conditions/a', 17_100),
      measured('/conditions/b', 17_300),
    ]);
    expect(pair?.screens.median).toBe(17.2);
    expect(home?.screens.median).toBe(3);
  });

  it('prints a line per page and per kind', () => {
    const text = report([measured('/procedures/a', 15_700)]);
    expect(text).toMatch(/\/procedures\/a\s+15\.7 screens/);
    expect(text).toMatch(/procedure\s+1 pages\s+screens 15\.7 \(15\.7–15\.7\)/);
  });
});
