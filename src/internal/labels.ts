/**
 * The English `defaults` with the site's `labels` over them. A label left `undefined` or
 * `null` (an unfilled CMS field, a missing translation) keeps its default, so nothing
 * loses its name; an empty string is kept, as some labels (separators) may be empty.
 */
export function withDefaults<T extends object>(defaults: T, labels: Partial<T> | undefined): T {
  const merged = { ...defaults };
  for (const key in labels) merged[key] = labels[key] ?? merged[key];
  return merged;
}
