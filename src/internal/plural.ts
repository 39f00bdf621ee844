import { getNumberFormat, getPluralRules } from './intl';

/** Text for each plural category, with `{count}` where the formatted number goes. `other` is required. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the plural form for `count` in `locale` and fills in `{count}` (and any `vars`). */
export function formatPlural(
  text: PluralText,
  count: number,
  locale: string | undefined,
  vars: Record<string, string | number> = {},
): string {
  const category = getPluralRules(locale).select(count);
  const template = text[category] ?? text.other;
  const numbers = getNumberFormat(locale);
  const values: Record<string, string> = { count: numbers.format(count) };
  for (const [key, value] of Object.entries(vars)) {
    values[key] = typeof value === 'number' ? numbers.format(value) : value;
  }
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
