/**
 * The English `defaults` with the site's `labels` over them. A label left empty,
 * `undefined` or `null` (an unfilled CMS field, a missing translation) keeps its
 * default, so nothing loses its name.
 */
export function withDefaults<T extends object>(defaults: T, labels: Partial<T> | undefined): T {
  const merged = { ...defaults };
  // Labels are strings or objects of strings: only empty ones are falsy.
  for (const key in labels) if (labels[key]) merged[key] = labels[key]!;
  return merged;
}
