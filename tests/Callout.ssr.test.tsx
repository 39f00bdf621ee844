import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Callout } from 'wellread';

describe('Callout on the server', () => {
  it('renders a note with the icon, the label first, the title and the content', () => {
    const html = renderToString(
      <Callout tone="caution" title="Supplements">
        <p>Always discuss this with a healthcare professional.</p>
      </Callout>,
    );
    expect(html).toMatch(/^<div role="note" class="wr-callout" data-tone="caution"><svg class="wr-callout__icon" aria-hidden="true" focusable="false"/);
    expect(html).toContain(
      '<p class="wr-callout__title"><span class="wr-callout__label">Important<span class="wr-visually-hidden">:</span></span> <!-- -->Supplements</p>' +
        '<p>Always discuss this with a healthcare professional.</p>',
    );
  });
});
