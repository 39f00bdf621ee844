import { getDateTimeFormat } from './intl';
import { warnOnce } from './warn';

/** A date as a site passes it: ISO string ("2026-03-15"), timestamp or Date. */
export type DateInput = string | number | Date;

/** A valid Date, or `null` (with a development warning naming `context`). */
export function toDate(value: DateInput | null | undefined, context = 'wellread'): Date | null {
  if (value === undefined || value === null || value === '') return null;
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  if (Number.isNaN(date.getTime())) {
    warnOnce(`${context}: "${String(value).slice(0, 80)}" is not a valid date; it was left out.`);
    return null;
  }
  return date;
}

/** The machine-readable form for `<time dateTime>`: the date alone when no time was given. */
export function isoDateTime(date: Date, original?: DateInput): string {
  if (typeof original === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(original.trim())) return original.trim();
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * The date formatted for `locale` with Intl.DateTimeFormat. Date-only ISO strings are
 * read and formatted in UTC so "2026-03-15" never shows as the 14th west of Greenwich.
 */
export function formatDate(
  date: Date,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return getDateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(date);
}
