import type { ArticleLayoutLabels } from '../article-layout/labels';
import type { ArticleBlocksLabels } from '../article-layout/blockLabels';
import type { ReadingTimeLabels } from '../reading-time/labels';
import type { ShareBarLabels } from '../share-bar/labels';
import type { TipChecklistLabels } from '../tip-checklist/labels';
import type { RelatedArticlesLabels } from '../related-articles/labels';

/** One language's text for every wellread component. */
export interface WellreadLocale {
  /** The BCP 47 tag to pass as each component's `locale`. */
  locale: string;
  /** Text direction of the language. */
  dir: 'ltr' | 'rtl';
  readingTime: ReadingTimeLabels;
  shareBar: ShareBarLabels;
  articleLayout: ArticleLayoutLabels;
  tipChecklist: TipChecklistLabels;
  articleBlocks: ArticleBlocksLabels;
  relatedArticles: RelatedArticlesLabels;
}
