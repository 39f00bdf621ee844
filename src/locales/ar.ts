import { readingTimeAr } from '../reading-time/labels';
import type { WellreadLocale } from './types';

export const ar = {
  locale: 'ar',
  dir: 'rtl',
  readingTime: readingTimeAr,
} satisfies WellreadLocale;
