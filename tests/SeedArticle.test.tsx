import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SeedArticle } from './fixtures/SeedArticle';
// @ts-expect-error: a plain ES module shared with the consumer tests (tests/consumers/lib).
import { missingSeedLines, seedLines } from './consumers/lib/seed.mjs';

const url = 'https://example.com/articles/gut-immune-link';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given the seed article composed with wellread', () => {
  // First: wellread warns once per message, so a later render would stay silent.
  it('renders without a single warning from wellread or React', () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    render(<SeedArticle url={url} />);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('shows every line of tests/fixtures/gut-immune-link.txt, in order', () => {
    const { container } = render(<SeedArticle url={url} />);
    expect((seedLines() as string[]).length).toBeGreaterThan(40);
    expect(missingSeedLines(container.textContent ?? '')).toEqual([]);
  });

  it('hydrates the server HTML without a mismatch', () => {
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = renderToString(<SeedArticle url={url} />);
    const error = vi.spyOn(console, 'error');
    render(<SeedArticle url={url} />, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
  });
});

describe('given a page that lost a sentence', () => {
  it('names the missing line, so the check can fail', () => {
    const lines = seedLines() as string[];
    const text = ['7 min read', ...lines.filter((_, i) => i !== 5)].join(' ');
    expect(missingSeedLines(text)).toEqual([lines[5]]);
  });
});
