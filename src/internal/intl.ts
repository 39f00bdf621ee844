/*
 * Intl objects are slow to construct (tens of microseconds each) and a server renders
 * many dates, numbers and plurals per page: the server-render benchmark spent most of
 * its time in these constructors. So each distinct locale + options is built once.
 * Bounded, because locale strings can come from outside.
 */
const MAX_ENTRIES = 64;

/** The cached object for `key`, built by `create(locale)`, or `create('en')` when the locale is invalid. */
export function cached<T>(cache: Map<string, T>, locale: string | undefined, create: (locale: string | undefined) => T, key = locale ?? ''): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    try {
      value = create(locale);
    } catch {
      value = create('en');
    }
    cache.set(key, value);
  }
  return value;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** Plural rules for `locale`, English when the locale is invalid. */
export function getPluralRules(locale: string | undefined): Intl.PluralRules {
  return cached(pluralRules, locale, (tag) => new Intl.PluralRules(tag));
}

/** A number format for `locale`, English when the locale is invalid. */
export function getNumberFormat(locale: string | undefined): Intl.NumberFormat {
  return cached(numberFormats, locale, (tag) => new Intl.NumberFormat(tag));
}

/** A date format for `locale` and `options`, English when the locale is invalid. */
export function getDateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, locale, (tag) => new Intl.DateTimeFormat(tag, options), `${locale ?? ''}\u0000${JSON.stringify(options)}`);
}

/** A list format ("A, B and C") for `locale`, English when the locale is invalid. */
export function getListFormat(locale: string | undefined): Intl.ListFormat {
  return cached(listFormats, locale, (tag) => new Intl.ListFormat(tag));
}
