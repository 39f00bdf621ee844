import { forwardRef } from 'react';
import { cx } from '../internal/className';
import { formatPlural } from '../internal/plural';
import { warnOnce } from '../internal/warn';
import { readingTimeLabels } from './labels';
import type { ReadingTimeProps } from './ReadingTime';

/** `ReadingTime` for callers that already know the minutes: no text estimator in their bundle. */
export type ReadingTimeDisplayProps = Omit<ReadingTimeProps, 'text' | 'wordsPerMinute' | 'charactersPerMinute'>;

/**
 * The `<time dateTime="PT7M" class="wr-reading-time">` that `ReadingTime` renders, from
 * minutes alone. Internal: other families import it when they only have minutes.
 * Renders nothing for zero or missing minutes.
 */
export const ReadingTimeDisplay = /* @__PURE__ */ forwardRef<HTMLTimeElement, ReadingTimeDisplayProps>(
  function ReadingTimeDisplay(props, ref) {
    const { minutes, locale = 'en', labels = readingTimeLabels, format, className, ...rest } = props;
    if (minutes === undefined || minutes === null) return null;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(`ReadingTime: "minutes" must be a finite number ≥ 0, got ${String(minutes)}; nothing rendered.`);
      }
      return null;
    }
    if (minutes === 0) return null;
    const value = Math.max(1, Math.round(minutes));
    return (
      <time ref={ref} dateTime={`PT${value}M`} className={cx('wr-reading-time', className)} {...rest}>
        {format ? format(value, locale) : formatPlural(labels.minutes, value, locale)}
      </time>
    );
  },
);
