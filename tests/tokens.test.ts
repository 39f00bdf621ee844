import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseTokens, resolveToken } from '../build/tokens';

const tokens = parseTokens(readFileSync('src/tokens.css', 'utf8'));

describe('design tokens', () => {
  it('document colour pairs for text and for controls', () => {
    expect(tokens.pairs.filter((p) => p.kind === 'text').length).toBeGreaterThanOrEqual(10);
    expect(tokens.pairs.some((p) => p.kind === 'ui')).toBe(true);
  });

  it('give the prefers-color-scheme dark block the same values as data-wr-theme="dark"', () => {
    expect(tokens.darkMedia).toEqual(tokens.dark);
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`in the ${theme} theme`, () => {
      for (const pair of tokens.pairs) {
        const needed = pair.kind === 'text' ? 4.5 : 3;
        it(`${pair.fg} on ${pair.bg} reaches ${needed}:1`, () => {
          const ratio = contrastRatio(resolveToken(tokens[theme], pair.fg), resolveToken(tokens[theme], pair.bg));
          expect(ratio).toBeGreaterThanOrEqual(needed);
        });
      }
    });
  }

  it('define the type scale, spacing, radius, focus ring and measure', () => {
    for (const name of [
      '--wr-font-size-md',
      '--wr-font-size-3xl',
      '--wr-space-4',
      '--wr-radius-md',
      '--wr-focus-ring',
      '--wr-measure',
      '--wr-target-min',
    ]) {
      expect(tokens.light[name], name).toBeTruthy();
    }
  });
});
