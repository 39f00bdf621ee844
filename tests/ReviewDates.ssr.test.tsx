import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReviewDates } from 'wellread/article-layout';

describe('ReviewDates on the server', () => {
  it('renders both dates with no DOM present', () => {
    const html = renderToString(<ReviewDates lastReviewed="2026-03-15" nextReview="2099-03-15" locale="en-GB" />);
    expect(html).toBe(
      '<p class="wr-review-dates"><span class="wr-review-dates__item">Page last reviewed: <time dateTime="2026-03-15">15 March 2026</time></span>' +
        '<span class="wr-article-sep" aria-hidden="true"> · </span>' +
        '<span class="wr-review-dates__item">Next review due: <time dateTime="2099-03-15">15 March 2099</time></span></p>',
    );
  });
});
