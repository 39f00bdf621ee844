export * from './reading-time';
export * from './article-layout';
export * from './share-bar';
export * from './tip-checklist';
export * from './related-articles';
