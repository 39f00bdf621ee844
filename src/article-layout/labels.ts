import {
  readingTimeAr,
  readingTimeDe,
  readingTimeEs,
  readingTimeFr,
  readingTimeLabels,
  type ReadingTimeLabels,
} from '../reading-time/labels';

/**
 * Replaceable text of `ArticleLayout`, `ArticleHeader`, `Byline`, `ReviewDates`,
 * `ArticleSection` and `TableOfContents`. `{names}`, `{date}`, `{title}` and `{url}`
 * mark where the value goes, so each language keeps its own word order.
 */
export interface ArticleLayoutLabels {
  /** The authors line; `{names}` is the list of authors. */
  byline: string;
  /** The medical reviewers line; `{names}` is the list of reviewers. */
  reviewedBy: string;
  /** A name with its credentials, e.g. "Ana Ruiz, MD". */
  credentials: string;
  /** `{date}` is the publication date. */
  published: string;
  /** `{date}` is the date of the last update. */
  updated: string;
  /** `{date}` is the date of the last medical review. */
  lastReviewed: string;
  /** `{date}` is the date the next review is due. */
  nextReview: string;
  /** Heading of the table of contents. */
  toc: string;
  /** Accessible name of a section's own link; `{title}` is the heading text. */
  sectionLink: string;
  /** The page address printed at the end of the article; `{url}` is the address. */
  printUrl: string;
  /** The reading time in the header's meta line. */
  readingTime: ReadingTimeLabels;
}

export const articleLayoutLabels: ArticleLayoutLabels = {
  byline: 'By {names}',
  reviewedBy: 'Medically reviewed by {names}',
  credentials: '{name}, {credentials}',
  published: 'Published {date}',
  updated: 'Updated {date}',
  lastReviewed: 'Page last reviewed: {date}',
  nextReview: 'Next review due: {date}',
  toc: 'On this page',
  sectionLink: 'Link to section: {title}',
  printUrl: 'Read online: {url}',
  readingTime: readingTimeLabels,
};

export const articleLayoutEs: ArticleLayoutLabels = {
  byline: 'Por {names}',
  reviewedBy: 'Revisión médica de {names}',
  credentials: '{name}, {credentials}',
  published: 'Publicado el {date}',
  updated: 'Actualizado el {date}',
  lastReviewed: 'Última revisión de la página: {date}',
  nextReview: 'Próxima revisión: {date}',
  toc: 'En esta página',
  sectionLink: 'Enlace a la sección: {title}',
  printUrl: 'Leer en línea: {url}',
  readingTime: readingTimeEs,
};

export const articleLayoutFr: ArticleLayoutLabels = {
  byline: 'Par {names}',
  reviewedBy: 'Révision médicale par {names}',
  credentials: '{name}, {credentials}',
  published: 'Publié le {date}',
  updated: 'Mis à jour le {date}',
  lastReviewed: 'Dernière révision de la page : {date}',
  nextReview: 'Prochaine révision prévue : {date}',
  toc: 'Sur cette page',
  sectionLink: 'Lien vers la section : {title}',
  printUrl: 'À lire en ligne : {url}',
  readingTime: readingTimeFr,
};

export const articleLayoutDe: ArticleLayoutLabels = {
  byline: 'Von {names}',
  reviewedBy: 'Medizinisch geprüft von {names}',
  credentials: '{name}, {credentials}',
  published: 'Veröffentlicht am {date}',
  updated: 'Aktualisiert am {date}',
  lastReviewed: 'Seite zuletzt geprüft: {date}',
  nextReview: 'Nächste Prüfung fällig: {date}',
  toc: 'Auf dieser Seite',
  sectionLink: 'Link zum Abschnitt: {title}',
  printUrl: 'Online lesen: {url}',
  readingTime: readingTimeDe,
};

export const articleLayoutAr: ArticleLayoutLabels = {
  byline: 'بقلم {names}',
  reviewedBy: 'مراجعة طبية: {names}',
  credentials: '{name}، {credentials}',
  published: 'نُشر في {date}',
  updated: 'حُدّث في {date}',
  lastReviewed: 'آخر مراجعة للصفحة: {date}',
  nextReview: 'موعد المراجعة القادمة: {date}',
  toc: 'في هذه الصفحة',
  sectionLink: 'رابط إلى القسم: {title}',
  printUrl: 'اقرأ على الإنترنت: {url}',
  readingTime: readingTimeAr,
};
