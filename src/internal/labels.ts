/**
 * The English `defaults` with the site's `labels` over them. A label left `undefined`,
 * `null` or empty (an unfilled CMS field, a missing translation) keeps its default, so
 * nothing loses its name. Without `labels` the defaults themselves are used (read-only),
 * so a render copies nothing.
 */
export function withDefaults<T extends object>(defaults: T, labels: Partial<T> | undefined): T {
  if (!labels) return defaults;
  const merged = { ...defaults };
  for (const key in labels) if (labels[key] != null && labels[key] !== '') merged[key] = labels[key]!;
  return merged;
}
