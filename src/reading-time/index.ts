export { ReadingTime, type ReadingTimeProps } from './ReadingTime';
export { readingTime, stripMarkup, type ReadingTimeOptions, type ReadingTimeResult } from './estimate';
export { readingTimeLabels, type ReadingTimeLabels } from './labels';
