import { getDateTimeFormat } from './intl';
import { warnOnce } from './warn';

/** A date as a site passes it: ISO string ("2026-03-15"), timestamp or Date. */
export type DateInput = string | number | Date;

// JavaScript rolls "2026-02-30" over to March 2; a CMS typo must not become another day.
// The date part is read alone, at UTC midnight, so its day must come back unchanged.
const ISO_DAY = /^\s*([+-]?\d{4,6}-\d\d-(\d\d))(?:$|[T\s])/;

/** A valid Date, or `null` (with a development warning naming `context`). */
export function toDate(value: DateInput | null | undefined, context = 'wellread'): Date | null {
  if (value == null || value === '') return null;
  const date = new Date(value instanceof Date ? value.getTime() : value);
  const day = typeof value === 'string' && ISO_DAY.exec(value);
  if (Number.isNaN(date.getTime()) || (day && new Date(day[1]!).getUTCDate() !== +day[2]!)) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${context}: "${String(value).slice(0, 80)}" is not a valid date; it was left out.`);
    return null;
  }
  return date;
}

/** The machine-readable form for `<time dateTime>`: the date alone when no time was given. */
export function isoDateTime(date: Date, original?: DateInput): string {
  const day = typeof original === 'string' && original.trim();
  // Years past 9999 print as "+010000-…", so the time is cut off the end, not at a fixed length.
  return day && /^\d{4}-\d\d-\d\d$/.test(day) ? day : date.toISOString().replace('T00:00:00.000Z', '');
}

/**
 * The date formatted for `locale` with Intl.DateTimeFormat. Date-only ISO strings are
 * read and formatted in UTC so "2026-03-15" never shows as the 14th west of Greenwich.
 */
export const formatDate = (date: Date, locale: string | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string =>
  getDateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(date);
