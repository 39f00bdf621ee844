import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReadingProgress } from 'wellread/article-layout';

describe('ReadingProgress on the server', () => {
  it('renders an empty decorative bar with no DOM present', () => {
    expect(renderToString(<ReadingProgress target="#story" />)).toBe(
      '<div class="wr-progress wr-no-print" aria-hidden="true"><div class="wr-progress__bar"></div></div>',
    );
  });
});
