import { articleLayoutDe } from '../article-layout/labels';
import { articleBlocksDe } from '../article-layout/blockLabels';
import { readingTimeDe } from '../reading-time/labels';
import { shareBarDe } from '../share-bar/labels';
import { tipChecklistDe } from '../tip-checklist/labels';
import { relatedArticlesDe } from '../related-articles/labels';
import type { WellreadLocale } from './types';

export const de = {
  locale: 'de',
  dir: 'ltr',
  readingTime: readingTimeDe,
  shareBar: shareBarDe,
  articleLayout: articleLayoutDe,
  tipChecklist: tipChecklistDe,
  articleBlocks: articleBlocksDe,
  relatedArticles: relatedArticlesDe,
} satisfies WellreadLocale;
