import {
  readingTimeAr,
  readingTimeDe,
  readingTimeEs,
  readingTimeFr,
  readingTimeLabels,
  type ReadingTimeLabels,
} from '../reading-time/labels';

/** Replaceable text of `RelatedArticles`. */
export interface RelatedArticlesLabels {
  /** The section heading, unless the `heading` prop replaces it. */
  heading: string;
  /** Accessible name of the carousel's keyboard-scrollable area. */
  scroller: string;
  /** Accessible name of the carousel button that scrolls back by one card. */
  previous: string;
  /** Accessible name of the carousel button that scrolls on by one card. */
  next: string;
  /** The reading time line of each card. */
  readingTime: ReadingTimeLabels;
}

export const relatedArticlesLabels: RelatedArticlesLabels = {
  heading: 'Related Articles',
  scroller: 'Scrollable list of articles',
  previous: 'Previous articles',
  next: 'Next articles',
  readingTime: readingTimeLabels,
};

export const relatedArticlesEs: RelatedArticlesLabels = {
  heading: 'Artículos relacionados',
  scroller: 'Lista desplazable de artículos',
  previous: 'Artículos anteriores',
  next: 'Artículos siguientes',
  readingTime: readingTimeEs,
};

export const relatedArticlesFr: RelatedArticlesLabels = {
  heading: 'Articles connexes',
  scroller: 'Liste défilante d’articles',
  previous: 'Articles précédents',
  next: 'Articles suivants',
  readingTime: readingTimeFr,
};

export const relatedArticlesDe: RelatedArticlesLabels = {
  heading: 'Ähnliche Artikel',
  scroller: 'Scrollbare Artikelliste',
  previous: 'Vorherige Artikel',
  next: 'Nächste Artikel',
  readingTime: readingTimeDe,
};

export const relatedArticlesAr: RelatedArticlesLabels = {
  heading: 'مقالات ذات صلة',
  scroller: 'قائمة مقالات قابلة للتمرير',
  previous: 'المقالات السابقة',
  next: 'المقالات التالية',
  readingTime: readingTimeAr,
};
