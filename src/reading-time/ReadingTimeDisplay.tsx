import { forwardRef } from 'react';
import { cx } from '../internal/className';
import { formatPlural } from '../internal/plural';
import { readingTimeLabels } from './labels';
import { readingMinutes } from './minutes';
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
    const shown = readingMinutes(minutes, 'ReadingTime: "minutes"');
    if (!shown) return null;
    const value = Math.max(1, Math.round(shown));
    return (
      <time ref={ref} dateTime={`PT${value}M`} className={cx('wr-reading-time', className)} {...rest}>
        {format ? format(value, locale) : formatPlural(labels.minutes, value, locale)}
      </time>
    );
  },
);
