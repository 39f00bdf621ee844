import { articleLayoutFr } from '../article-layout/labels';
import { articleBlocksFr } from '../article-layout/blockLabels';
import { readingTimeFr } from '../reading-time/labels';
import { shareBarFr } from '../share-bar/labels';
import { tipChecklistFr } from '../tip-checklist/labels';
import { relatedArticlesFr } from '../related-articles/labels';
import type { WellreadLocale } from './types';

export const fr = {
  locale: 'fr',
  dir: 'ltr',
  readingTime: readingTimeFr,
  shareBar: shareBarFr,
  articleLayout: articleLayoutFr,
  tipChecklist: tipChecklistFr,
  articleBlocks: articleBlocksFr,
  relatedArticles: relatedArticlesFr,
} satisfies WellreadLocale;
