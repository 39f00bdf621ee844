import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SeedArticle } from './fixtures/SeedArticle';
// @ts-expect-error: a plain ES module shared with the consumer tests (tests/consumers/lib).
import { missingSeedLines } from './consumers/lib/seed.mjs';

const url = 'https://example.com/articles/gut-immune-link';

/** The text a reader gets from server HTML: scripts dropped, tags removed, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(?:p|li|h[1-6]|div|section|nav|header|footer|article|ol|ul|aside|figure|figcaption|time|details|summary)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('given the seed article rendered on the server', () => {
  const html = renderToString(<SeedArticle url={url} />);

  it('contains every sentence of the seed, in order, before any JavaScript runs', () => {
    expect(missingSeedLines(visibleText(html))).toEqual([]);
  });

  it('has one h1, the share links as real links and the steps as a numbered list', () => {
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain('href="https://x.com/intent/');
    expect(html).toContain('href="https://www.linkedin.com/');
    expect(html).toMatch(/<ol\b/);
    expect(html).toContain('type="application/ld+json"');
  });
});
