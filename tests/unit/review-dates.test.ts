import { describe, expect, it } from 'vitest';
import {
  addMonths,
  calendarDate,
  formatDate,
  nextReviewDate,
  oldestDate,
} from '@/lib/review-dates';

describe('review dates', () => {
  it('reads dates and date-times as UTC calendar dates', () => {
    expect(calendarDate('2026-11-20T00:00:00.000Z')).toBe('2026-11-20');
    expect(calendarDate('2026-11-20')).toBe('2026-11-20');
    expect(() => calendarDate('not a date')).toThrow('Not a date: "not a date"');
  });

  it('adds months, keeping the last day of shorter months', () => {
    expect(addMonths('2026-11-20', 12)).toBe('2027-11-20');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 6)).toBe('2027-06-15');
  });

  it('puts the next review one interval after the last', () => {
    expect(nextReviewDate('2026-11-20T00:00:00.000Z', 12)).toBe('2027-11-20');
  });

  it('formats dates for readers in the site language, whatever the time zone', () => {
    expect(formatDate('2026-11-20T00:00:00.000Z', 'en-US')).toBe('November 20, 2026');
    expect(formatDate('2026-01-01', 'en-GB')).toBe('1 January 2026');
  });

  it('finds the oldest of several dates', () => {
    expect(oldestDate(['2026-05-01', '2025-12-31T00:00:00.000Z', '2026-01-01'])).toBe('2025-12-31');
    expect(() => oldestDate([])).toThrow();
  });
});
