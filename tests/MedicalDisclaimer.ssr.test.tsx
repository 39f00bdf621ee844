import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MedicalDisclaimer } from 'wellread';

describe('MedicalDisclaimer on the server', () => {
  it('renders the default text in a note', () => {
    const html = renderToString(<MedicalDisclaimer />);
    expect(html).toMatch(/^<div role="note" class="wr-disclaimer"><p class="wr-disclaimer__title">Medical disclaimer<\/p><p class="wr-disclaimer__text">This article is for general information only and is not medical advice\./);
  });

  it("renders the site's own text instead", () => {
    const html = renderToString(
      <MedicalDisclaimer headingLevel={2}>
        <p>Site text.</p>
      </MedicalDisclaimer>,
    );
    expect(html).toBe('<div role="note" class="wr-disclaimer"><h2 class="wr-disclaimer__title">Medical disclaimer</h2><p>Site text.</p></div>');
  });
});
