import type { ReactNode } from 'react';
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

// What MDX hands over when mdx-components maps `ul` and `li` to the site's components.
const SiteUl = (props: { children?: ReactNode }) => <ul className="docs-ul" {...props} />;
const SiteLi = (props: { children?: ReactNode }) => <li className="docs-li" {...props} />;

describe('KeyPoints on the server given MDX children', () => {
  it('writes the items of the site’s list into its own list, with no list in a list', () => {
    const html = renderToString(
      <KeyPoints label="Benefits">
        <SiteUl>
          {'\n'}
          <SiteLi>
            <strong>Enhanced Resilience:</strong> A well-supported gut builds resilience.
          </SiteLi>
          {'\n'}
          <SiteLi>Less inflammation.</SiteLi>
          {'\n'}
        </SiteUl>
      </KeyPoints>,
    );
    expect(html.match(/<ul\b/g)).toHaveLength(1);
    expect(html.match(/<li\b/g)).toHaveLength(2);
    expect(html).toContain('<li class="docs-li"><strong>Enhanced Resilience:</strong> A well-supported gut builds resilience.</li>');
  });

  it('writes a <p> inside an item of its own', () => {
    const html = renderToString(
      <KeyPoints label="Key points">
        <p>Drink water.</p>
        {'\n'}
        <KeyPointsItem>Walk daily.</KeyPointsItem>
      </KeyPoints>,
    );
    expect(html).toContain(
      '<ul class="wr-key-points__list" aria-label="Key points"><li class="wr-key-points__item"><p>Drink water.</p></li>' +
        '<li class="wr-key-points__item">Walk daily.</li></ul>',
    );
  });
});
