import { readingTimeEs } from '../reading-time/labels';
import type { WellreadLocale } from './types';

export const es = {
  locale: 'es',
  dir: 'ltr',
  readingTime: readingTimeEs,
} satisfies WellreadLocale;
