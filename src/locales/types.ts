import type { ReadingTimeLabels } from '../reading-time/labels';

/** One language's text for every wellread component. */
export interface WellreadLocale {
  /** The BCP 47 tag to pass as each component's `locale`. */
  locale: string;
  /** Text direction of the language. */
  dir: 'ltr' | 'rtl';
  readingTime: ReadingTimeLabels;
}
