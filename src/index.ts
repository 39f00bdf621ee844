export * from './reading-time';
export * from './locales';
