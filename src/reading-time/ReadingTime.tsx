import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { ReadingTimeLabels } from './labels';
import { readingTime } from './estimate';
import { ReadingTimeDisplay } from './ReadingTimeDisplay';

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

/**
 * "7 min read": a `<time>` with a machine-readable duration (`PT7M`).
 * Renders nothing when there is nothing to read.
 */
export const ReadingTime = /* @__PURE__ */ forwardRef<HTMLTimeElement, ReadingTimeProps>(function ReadingTime(props, ref) {
  const { minutes, text, wordsPerMinute, charactersPerMinute, ...rest } = props;
  // Given minutes win over text; the display checks them and renders nothing for 0.
  const value = minutes ?? (typeof text === 'string' ? readingTime(text, { wordsPerMinute, charactersPerMinute }).minutes : undefined);
  return <ReadingTimeDisplay ref={ref} minutes={value} {...rest} />;
});
