import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleJsonLd } from 'wellread/article-layout';

describe('ArticleJsonLd on the server', () => {
  it('writes one script whose text cannot close it, and parses back to the input', () => {
    const title = 'Gut </script><script>alert(1)</script> <!-- health & you';
    const html = renderToString(<ArticleJsonLd title={title} published="2026-03-15" />);
    const match = /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(html);
    expect(match).not.toBeNull();
    expect(match![1]).not.toMatch(/<|>|&/);
    expect(JSON.parse(match![1]!)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      headline: title,
      datePublished: '2026-03-15',
    });
  });
});
