/*
 * Intl objects are slow to construct (tens of microseconds each) and a server renders
 * many dates, numbers and plurals per page: the server-render benchmark spent most of
 * its time in these constructors. So each distinct locale + options is built once.
 * Bounded, because locale strings can come from outside.
 */
const MAX_ENTRIES = 64;

function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    value = create();
    cache.set(key, value);
  }
  return value;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Plural rules for `locale`, English when the locale is invalid. */
export function getPluralRules(locale: string | undefined): Intl.PluralRules {
  return cached(pluralRules, locale ?? '', () => {
    try {
      return new Intl.PluralRules(locale);
    } catch {
      return new Intl.PluralRules('en');
    }
  });
}

/** A number format for `locale`, English when the locale is invalid. */
export function getNumberFormat(locale: string | undefined): Intl.NumberFormat {
  return cached(numberFormats, locale ?? '', () => {
    try {
      return new Intl.NumberFormat(locale);
    } catch {
      return new Intl.NumberFormat('en');
    }
  });
}

/** A date format for `locale` and `options`, English when the locale is invalid. */
export function getDateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, `${locale ?? ''}\u0000${JSON.stringify(options)}`, () => {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      return new Intl.DateTimeFormat('en', options);
    }
  });
}

const listFormats = new Map<string, Intl.ListFormat>();

/** A list format ("A, B and C") for `locale`, English when the locale is invalid. */
export function getListFormat(locale: string | undefined): Intl.ListFormat {
  return cached(listFormats, locale ?? '', () => {
    try {
      return new Intl.ListFormat(locale);
    } catch {
      return new Intl.ListFormat('en');
    }
  });
}
