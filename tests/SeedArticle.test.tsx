import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SeedArticle } from './fixtures/SeedArticle';
// @ts-expect-error: a plain ES module shared with the consumer tests, no types needed here.
import { missingSeedLines, seedLines } from './consumers/lib/seed.mjs';

describe('given the seed article composed with wellread', () => {
  it('shows every line of tests/fixtures/gut-immune-link.txt, in order', () => {
    const { container } = render(<SeedArticle url="https://example.com/articles/gut-immune-link" />);
    expect((seedLines() as string[]).length).toBeGreaterThan(40);
    expect(missingSeedLines(container.textContent ?? '')).toEqual([]);
  });
});
