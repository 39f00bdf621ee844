import { cached, getNumberFormat, getPluralRules } from './intl';

/** Text for each plural category, with `{count}` where the formatted number goes. `other` is required. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * `template` split at its `{key}` placeholders: text at even indexes, keys at odd ones
 * (`"By {names}"` → `["By ", "names", ""]`). Labels are few and the same on every
 * render, so each is split once.
 */
export const templateParts = (template: string): readonly string[] => cached(`t${template}`, () => template.split(/\{(\w+)\}/));

/** Picks the plural form for `count` in `locale` and fills in `{count}` (and any `vars`). */
export function formatPlural(
  text: PluralText,
  count: number,
  locale: string | undefined,
  vars?: Record<string, string | number>,
): string {
  const values: Record<string, string | number | undefined> = { count, ...vars };
  return templateParts(text[getPluralRules(locale).select(count)] ?? text.other)
    .map((part, i) => {
      // Text at even indexes; keys at odd ones, and unknown keys stay as written.
      const value = i % 2 ? (values[part] ?? `{${part}}`) : part;
      return typeof value === 'number' ? getNumberFormat(locale).format(value) : value;
    })
    .join('');
}
