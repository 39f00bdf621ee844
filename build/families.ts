/**
 * The component families: each is a folder in `src/`, a subpath export
 * (`wellread/<family>`) and a stylesheet (`wellread/<family>.css`).
 * package.json's "exports" must list the same; tests/package/exports.test.ts checks it.
 */
export const families = ['reading-time', 'article-layout', 'share-bar', 'tip-checklist', 'related-articles'] as const;
