import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KeyPoints, KeyPointsItem } from 'wellread';

describe('KeyPoints on the server', () => {
  it('renders the list with <strong> lead-ins and no DOM present', () => {
    const html = renderToString(
      <KeyPoints heading="Key points" items={[{ lead: 'Enhanced Resilience:', text: 'A well-supported gut builds resilience.' }]} />,
    );
    expect(html).toBe(
      '<div class="wr-key-points" data-variant="list"><h2 class="wr-key-points__heading">Key points</h2>' +
        '<ul class="wr-key-points__list"><li class="wr-key-points__item"><strong>Enhanced Resilience:</strong> <!-- -->A well-supported gut builds resilience.</li></ul></div>',
    );
  });

  it('renders KeyPointsItem and <li> children', () => {
    const html = renderToString(
      <KeyPoints label="Benefits">
        <KeyPointsItem lead="Optimal Nutrient Uptake">A healthy gut is efficient.</KeyPointsItem>
        <li>Plain item</li>
      </KeyPoints>,
    );
    expect(html).toContain('<ul class="wr-key-points__list" aria-label="Benefits">');
    expect(html).toContain('<strong>Optimal Nutrient Uptake<!-- -->:</strong>');
    expect(html).toContain('<li class="wr-key-points__item">Plain item</li>');
  });
});
