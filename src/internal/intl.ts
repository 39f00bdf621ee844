/*
 * Intl objects are slow to construct (tens of microseconds each) and a server renders
 * many dates, numbers and plurals per page: the server-render benchmark spent most of
 * its time in these constructors. So each distinct locale + options is built once, in
 * one cache, bounded because locale strings can come from outside.
 */
const cache = new Map<string, unknown>();

/** The cached value for `key`, built by `create(locale)`, or `create('en')` when the locale is invalid. */
export function cached<T>(key: string, create: (locale: string | undefined) => T, locale?: string): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    if (cache.size > 255) cache.clear();
    try {
      value = create(locale);
    } catch {
      value = create('en');
    }
    cache.set(key, value);
  }
  return value;
}

/** Plural rules for `locale`, English when the locale is invalid. */
export const getPluralRules = (locale: string | undefined): Intl.PluralRules =>
  cached(`p${locale}`, (tag) => new Intl.PluralRules(tag), locale);

/** A number format for `locale`, English when the locale is invalid. */
export const getNumberFormat = (locale: string | undefined): Intl.NumberFormat =>
  cached(`n${locale}`, (tag) => new Intl.NumberFormat(tag), locale);

/** A UTC date format for `locale` in `dateStyle`, English when the locale is invalid. */
export const getDateTimeFormat = (locale: string | undefined, dateStyle: 'long' | 'medium'): Intl.DateTimeFormat =>
  cached(`d${dateStyle}${locale}`, (tag) => new Intl.DateTimeFormat(tag, { dateStyle, timeZone: 'UTC' }), locale);

/** A list format ("A, B and C") for `locale`, English when the locale is invalid. */
export const getListFormat = (locale: string | undefined): Intl.ListFormat =>
  cached(`l${locale}`, (tag) => new Intl.ListFormat(tag), locale);
