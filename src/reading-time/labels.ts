import type { PluralText } from '../internal/plural';

/** Replaceable text of `ReadingTime`. */
export interface ReadingTimeLabels {
  /** The line, per plural category; `{count}` is the formatted number of minutes. */
  minutes: PluralText;
}

export const readingTimeLabels: ReadingTimeLabels = {
  minutes: { one: '{count} min read', other: '{count} min read' },
};

export const readingTimeEs: ReadingTimeLabels = {
  minutes: { one: '{count} min de lectura', other: '{count} min de lectura' },
};

export const readingTimeFr: ReadingTimeLabels = {
  minutes: { one: '{count} min de lecture', other: '{count} min de lecture' },
};

export const readingTimeDe: ReadingTimeLabels = {
  minutes: { one: '{count} Min. Lesezeit', other: '{count} Min. Lesezeit' },
};

export const readingTimeAr: ReadingTimeLabels = {
  minutes: {
    zero: 'أقل من دقيقة للقراءة',
    one: 'دقيقة واحدة للقراءة',
    two: 'دقيقتان للقراءة',
    few: '{count} دقائق للقراءة',
    many: '{count} دقيقة للقراءة',
    other: '{count} دقيقة للقراءة',
  },
};
