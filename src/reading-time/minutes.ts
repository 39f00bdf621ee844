import { warnOnce } from '../internal/warn';

/**
 * `value` when it is minutes that `ReadingTime` shows (a finite number above 0), else
 * `undefined`, so callers add no empty wrapper around a reading time that renders nothing.
 * Anything but nothing or 0 warns in development; `name` says whose prop it was.
 */
export function readingMinutes(value: unknown, name: string): number | undefined {
  if (typeof value === 'number' && value > 0 && value < Infinity) return value;
  if (process.env.NODE_ENV !== 'production' && value != null && value !== 0) {
    warnOnce(`${name} must be a finite number ≥ 0, got ${String(value)}; it was left out.`);
  }
  return undefined;
}
