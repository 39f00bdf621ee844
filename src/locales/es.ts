import { articleLayoutEs } from '../article-layout/labels';
import { articleBlocksEs } from '../article-layout/blockLabels';
import { readingTimeEs } from '../reading-time/labels';
import { shareBarEs } from '../share-bar/labels';
import { tipChecklistEs } from '../tip-checklist/labels';
import { relatedArticlesEs } from '../related-articles/labels';
import type { WellreadLocale } from './types';

export const es = {
  locale: 'es',
  dir: 'ltr',
  readingTime: readingTimeEs,
  shareBar: shareBarEs,
  articleLayout: articleLayoutEs,
  tipChecklist: tipChecklistEs,
  articleBlocks: articleBlocksEs,
  relatedArticles: relatedArticlesEs,
} satisfies WellreadLocale;
