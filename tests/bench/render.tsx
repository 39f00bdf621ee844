import { renderToString } from 'react-dom/server';
import { SeedArticle } from '../fixtures/SeedArticle';
import { BareArticle } from './BareArticle';

/*
 * The two renders the benchmark compares. tests/bench/run.mjs bundles this file with
 * 'wellread' and React left external, so `wellread` resolves to the built package
 * (dist/, through the package's own "exports"), as it does on a site.
 */

const url = 'https://example.com/articles/gut-immune-link';

export const renderWellread = (): string => renderToString(<SeedArticle url={url} />);
export const renderBare = (): string => renderToString(<BareArticle url={url} />);
