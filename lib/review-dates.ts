/** Review-date arithmetic on calendar dates, in UTC so a build gives the same dates anywhere. */

/** The calendar date (YYYY-MM-DD) of an ISO date or date-time. */
export function calendarDate(isoDate: string): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${JSON.stringify(isoDate)}`);
  return date.toISOString().slice(0, 10);
}

/**
 * The date `months` after `isoDate`. A day that does not exist in the target month
 * becomes that month's last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = calendarDate(isoDate).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** When a page reviewed on `lastReviewed` is due for its next review. */
export function nextReviewDate(lastReviewed: string, intervalMonths: number): string {
  return addMonths(lastReviewed, intervalMonths);
}

/** A date as readers expect it, e.g. "November 20, 2026". */
export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${calendarDate(isoDate)}T00:00:00Z`),
  );
}

/**
 * The earliest of several review dates: a page made of many reviewed items is only as
 * fresh as its oldest item.
 */
export function oldestDate(isoDates: readonly string[]): string {
  if (isoDates.length === 0) throw new Error('oldestDate needs at least one date');
  return isoDates.map(calendarDate).sort()[0] as string;
}
