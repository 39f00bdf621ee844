import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { clsx } from 'clsx';
import { formatPlural } from '../internal/plural';
import { warnOnce } from '../internal/warn';
import { readingTimeLabels, type ReadingTimeLabels } from './labels';
import { readingTime } from './estimate';

export interface ReadingTimeProps extends Omit<ComponentPropsWithoutRef<'time'>, 'children' | 'dateTime'> {
  /** Minutes to show; when set, `text` is not read. */
  minutes?: number;
  /** Article text, plain or HTML, to compute the minutes from. */
  text?: string;
  /** Reading speed for space-separated scripts. @default 200 */
  wordsPerMinute?: number;
  /** Reading speed for Chinese and Japanese, in characters. @default 255 (Chinese) or 357 (Japanese) */
  charactersPerMinute?: number;
  /** BCP 47 locale for the number and plural rules. @default "en" */
  locale?: string;
  /** Replacement text, e.g. `es.readingTime` from `wellread/locales`. @default English */
  labels?: ReadingTimeLabels;
  /** Custom formatter; wins over `labels`. */
  format?: (minutes: number, locale: string) => string;
}

function resolveMinutes({ minutes, text, wordsPerMinute, charactersPerMinute }: ReadingTimeProps): number | null {
  if (minutes !== undefined && minutes !== null) {
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
      warnOnce(`ReadingTime: "minutes" must be a finite number ≥ 0, got ${String(minutes)}; nothing rendered.`);
      return null;
    }
    return minutes > 0 ? Math.max(1, Math.round(minutes)) : null;
  }
  if (typeof text === 'string') {
    const result = readingTime(text, { wordsPerMinute, charactersPerMinute });
    return result.minutes > 0 ? result.minutes : null;
  }
  return null;
}

/**
 * "7 min read": a `<time>` with a machine-readable duration (`PT7M`).
 * Renders nothing when there is nothing to read.
 */
export const ReadingTime = forwardRef<HTMLTimeElement, ReadingTimeProps>(function ReadingTime(props, ref) {
  const {
    minutes,
    text,
    wordsPerMinute,
    charactersPerMinute,
    locale = 'en',
    labels = readingTimeLabels,
    format,
    className,
    ...rest
  } = props;
  const value = resolveMinutes({ minutes, text, wordsPerMinute, charactersPerMinute });
  if (value === null) return null;
  const label = format ? format(value, locale) : formatPlural(labels.minutes, value, locale);
  return (
    <time ref={ref} dateTime={`PT${value}M`} className={clsx('wr-reading-time', className)} {...rest}>
      {label}
    </time>
  );
});
