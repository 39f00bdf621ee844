import { readingTimeFr } from '../reading-time/labels';
import type { WellreadLocale } from './types';

export const fr = {
  locale: 'fr',
  dir: 'ltr',
  readingTime: readingTimeFr,
} satisfies WellreadLocale;
