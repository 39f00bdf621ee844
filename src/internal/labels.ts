/**
 * The English `defaults` with the site's `labels` over them. Without `labels` the
 * defaults themselves are used (read-only), so a render copies nothing.
 */
export function withDefaults<T extends object>(defaults: T, labels: Partial<T> | undefined): T {
  return labels ? { ...defaults, ...labels } : defaults;
}
