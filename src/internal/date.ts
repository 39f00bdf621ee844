import { getDateTimeFormat } from './intl';
import { warnOnce } from './warn';

/** A date as a site passes it: ISO string ("2026-03-15"), timestamp or Date. */
export type DateInput = string | number | Date;

/** A valid Date, or `null` (with a development warning naming `context`). */
export function toDate(value: DateInput | null | undefined, context = 'wellread'): Date | null {
  if (value === undefined || value === null || value === '') return null;
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  if (Number.isNaN(date.getTime()) || impossibleDay(value)) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${context}: "${String(value).slice(0, 80)}" is not a valid date; it was left out.`);
    return null;
  }
  return date;
}

// JavaScript rolls "2026-02-30" over to March 2; a CMS typo must not become another day.
const ISO_DAY = /^\s*([+-]?\d{4,6})-(\d{2})-(\d{2})(?:$|[T\s])/;

function impossibleDay(value: DateInput): boolean {
  const match = typeof value === 'string' ? ISO_DAY.exec(value) : null;
  if (!match) return false;
  // An impossible month or day (13, 00, 02-30, 02-29 outside leap years) rolls over into
  // another month. setUTCFullYear, unlike Date.UTC, leaves years 0–99 alone.
  const month = Number(match[2]) - 1;
  const probe = new Date(0);
  probe.setUTCFullYear(Number(match[1]), month, Number(match[3]));
  return probe.getUTCMonth() !== month;
}

/** The machine-readable form for `<time dateTime>`: the date alone when no time was given. */
export function isoDateTime(date: Date, original?: DateInput): string {
  if (typeof original === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(original.trim())) return original.trim();
  const iso = date.toISOString();
  // Years past 9999 print as "+010000-…", so cut the time off the end, not at a fixed length.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, -'T00:00:00.000Z'.length) : iso;
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
