/*
 * Built-in translations. Each is a plain object of per-component labels, e.g.
 *   import { es } from 'wellread/locales';
 *   <ReadingTime minutes={7} locale={es.locale} labels={es.readingTime} />
 * Importing one locale costs nothing to sites that do not.
 */
export { es } from './es';
export { fr } from './fr';
export { de } from './de';
export { ar } from './ar';
export type { WellreadLocale } from './types';
