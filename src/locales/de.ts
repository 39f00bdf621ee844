import { readingTimeDe } from '../reading-time/labels';
import type { WellreadLocale } from './types';

export const de = {
  locale: 'de',
  dir: 'ltr',
  readingTime: readingTimeDe,
} satisfies WellreadLocale;
