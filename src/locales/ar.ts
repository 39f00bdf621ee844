import { articleLayoutAr } from '../article-layout/labels';
import { articleBlocksAr } from '../article-layout/blockLabels';
import { readingTimeAr } from '../reading-time/labels';
import { shareBarAr } from '../share-bar/labels';
import { tipChecklistAr } from '../tip-checklist/labels';
import { relatedArticlesAr } from '../related-articles/labels';
import type { WellreadLocale } from './types';

export const ar = {
  locale: 'ar',
  dir: 'rtl',
  readingTime: readingTimeAr,
  shareBar: shareBarAr,
  articleLayout: articleLayoutAr,
  tipChecklist: tipChecklistAr,
  articleBlocks: articleBlocksAr,
  relatedArticles: relatedArticlesAr,
} satisfies WellreadLocale;
