import { getDateTimeFormat } from './intl';
import { warnOnce } from './warn';

/** A date as a site passes it: ISO string ("2026-03-15"), timestamp or Date. */
export type DateInput = string | number | Date;

// An ISO date ("2026-03-15", maybe followed by a time) or a year or month alone ("2026",
// "2026-03"), which JavaScript reads in UTC, unlike other strings.
const ISO_DAY = /^\s*((?:[+-]\d{6}|\d{4})(?:-\d\d-\d\d(?=$|[T\s])|(?:-\d\d)?(?=\s*$)))/;
// Ends with a zone ("Z", "GMT", "UT", "EST", "+0100", "GMT+1", "UTC+5:30", maybe with its
// name in brackets as String(date) writes it): a moment, the same everywhere.
const ZONE = /(?:z|(?:gmt|utc?)(?:[+-]\d\d?(?::?\d\d)?)?|[ecmp][sd]t|[+-]\d\d:?\d\d)(?:\s*\(.*\))?\s*$/i;
// A year of four digits standing alone: without one, "March 5" is 2001 and "0" is 2000.
const YEAR = /(?:^|\D)\d{4}(?:\D|$)/;

/**
 * A valid Date, or `null` (with a development warning naming `context`).
 *
 * A written date means the calendar day as written, wherever the page is rendered: the
 * result is that day at UTC midnight, which is how it is formatted. Otherwise a server
 * in UTC and a reader in Tokyo would show different days, and hydration would differ.
 * ISO strings give their date part ("2026-03-15T23:30-08:00" is the 15th; "2026-03" the
 * 1st); other strings the day they name ("March 5, 2026"), or their UTC day when they end
 * with a zone ("Sun, 15 Mar 2026 23:30:00 GMT"). A day that does not exist ("2026-02-30",
 * "Feb 30 2026") is invalid. Timestamps and Date objects are moments, shown by their UTC day.
 */
export function toDate(value: DateInput | null | undefined, context = 'wellread'): Date | null {
  // 0 is how many CMSs store "no date"; nobody means 1 January 1970.
  if (value == null || value === '' || value === 0) return null;
  const iso = typeof value === 'string' && ISO_DAY.exec(value);
  // Of an ISO string, the date part alone, which every engine reads alike (Safari refuses
  // "2026-03-15 10:30", which a server in Node accepts: the page would not hydrate).
  let date: Date | null = new Date(iso ? iso[1]! : value instanceof Date ? value.getTime() : value);
  if (Number.isNaN(date.getTime())) date = null;
  else if (typeof value === 'string') {
    const zoned = ZONE.test(value);
    // Without a zone, JavaScript reads the string as local time: its local day is the day named.
    if (!iso && !zoned) date = new Date(date.getTime() - date.getTimezoneOffset() * 6e4);
    date.setUTCHours(0, 0, 0, 0);
    // JavaScript rolls "2026-02-30", "02/30/2026" and "Feb 30 2026" over to March 2; a CMS
    // typo must not become another day. So the day it became must be among the numbers of
    // the date (before any time), and so must the month unless it is named; a year, a month
    // alone ("2026-03", "March 2026") or a zoned moment, which may be another day in UTC, is
    // not checked.
    const numbers = value.split(/\d+:/)[0]!.match(/\d+/g) || [];
    const named = /[a-z]{3}/i.test(value);
    const written = (n: number) => numbers.some((number) => +number == n);
    if (
      (!iso && !YEAR.test(value)) ||
      ((iso || !zoned) && numbers.length > (named ? 1 : 2) && !(written(date.getUTCDate()) && (named || written(date.getUTCMonth() + 1))))
    ) {
      date = null;
    }
  }
  if (!date && process.env.NODE_ENV !== 'production') warnOnce(`${context}: "${String(value).slice(0, 80)}" is not a valid date; it was left out.`);
  return date;
}

/**
 * The machine-readable form for `<time dateTime>` and JSON-LD: the moment for a
 * timestamp, a Date or a string with a zone; the calendar day for any other string
 * (`toDate` made it that day at UTC midnight). Midnight UTC is written as the day alone.
 */
export function isoDateTime(date: Date, original?: DateInput): string {
  const moment = typeof original === 'string' && ZONE.test(original) ? new Date(original) : date;
  // A zoned string this engine cannot read whole ("2026-03-15 10:30Z" in Safari) gives its day.
  return (Number.isNaN(moment.getTime()) ? date : moment).toISOString().replace('T00:00:00.000Z', '');
}

/** The date formatted for `locale` with Intl.DateTimeFormat's `dateStyle`, in UTC (see `toDate`). */
export const formatDate = (date: Date, locale: string | undefined, dateStyle: 'long' | 'medium' = 'long'): string =>
  getDateTimeFormat(locale, dateStyle).format(date);
