import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReadingTime } from 'wellread';

describe('ReadingTime on the server', () => {
  it('renders the line as a <time> with no DOM present', () => {
    const html = renderToString(<ReadingTime minutes={7} />);
    expect(html).toBe('<time dateTime="PT7M" class="wr-reading-time">7 min read</time>');
  });
});
