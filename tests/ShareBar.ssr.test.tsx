import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ShareBar } from 'wellread';

const url = 'https://example.com/articles/gut-immune-link';

describe('ShareBar on the server', () => {
  it('renders working share links in the HTML, so sharing needs no JavaScript', () => {
    const html = renderToString(<ShareBar url={url} title="Gut-Immune Link" />);
    const links = [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(4);
    expect(links[0]).toContain(`href="https://x.com/intent/tweet?text=Gut-Immune%20Link&amp;url=${encodeURIComponent(url)}"`);
    expect(links[0]).toContain('target="_blank"');
    expect(links[0]).toContain('rel="noopener noreferrer"');
    expect(links[0]).toContain('aria-label="Share on X (opens in a new tab)"');
    expect(links[1]).toContain(`href="https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}"`);
    expect(links[2]).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}"`);
    expect(links[3]).toContain('href="mailto:?subject=Gut-Immune%20Link&amp;body=');
    expect(links[3]).not.toContain('target=');
    expect(html).toContain('<span class="wr-share-label">Share:</span>');
  });

  it('renders the copy button and its empty live region, but no share-sheet button yet', () => {
    const html = renderToString(<ShareBar url={url} networks={['copy', 'native']} />);
    expect(html).toContain('<button type="button" class="wr-share-link" data-network="copy" aria-label="Copy link">');
    expect(html).toContain('<span role="status" class="wr-share-status"></span>');
    expect(html).not.toContain('data-network="native"');
    expect(html).toContain('<li class="wr-share-item"></li>');
  });

  it('loads nothing from any origin: no script, image, frame or inline style', () => {
    const html = renderToString(
      <ShareBar url={url} media="https://example.com/cover.jpg" networks={['x', 'pinterest', 'whatsapp', 'copy']} />,
    );
    expect(html).not.toMatch(/<(script|img|iframe|link|style)\b/);
    expect(html).not.toMatch(/\s(src|style)=/);
  });

  it('is hidden in print', () => {
    expect(renderToString(<ShareBar url={url} />)).toMatch(/^<div class="wr-share-bar wr-no-print"/);
  });

  it('renders nothing for a javascript: URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(renderToString(<ShareBar url="javascript:alert(1)" />)).toBe('');
    warn.mockRestore();
  });
});
