import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { shareNetworks, shareUrl, withUtm, type ShareNetwork } from 'wellread';

// Any printable text, including the characters that break hand-made query strings.
const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('&', '=', '+', '%', '#', '?', ' ', '\n', '/', ':', 'é', '😀', 'a'), maxLength: 20 }),
);
const urlArb = fc
  .webUrl({ withQueryParameters: true, withFragments: true })
  .filter((url) => URL.canParse(url));

/** The query parameters of a share URL, decoded as a browser reads them. */
function params(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

/** `mailto:` parameters decoded with decodeURIComponent, which (unlike forms) keeps "+" literal. */
function mailtoParams(url: string): Record<string, string> {
  const query = url.slice(url.indexOf('?') + 1);
  return Object.fromEntries(
    query.split('&').map((pair) => {
      const [key, value = ''] = pair.split('=');
      return [key!, decodeURIComponent(value)];
    }),
  );
}

const orNull = (value: string | undefined) => (value ? value : null);

describe('shareUrl', () => {
  describe('given any title, text and page URL', () => {
    it('X carries them in text and url, plus hashtags and via', () => {
      fc.assert(
        fc.property(textArb, textArb, urlArb, (title, text, url) => {
          const shared = shareUrl('x', { url, title, text, hashtags: ['gut', '#health'], via: '@wellread' })!;
          expect(shared.startsWith('https://x.com/intent/tweet?')).toBe(true);
          const p = params(shared);
          expect(p.get('text')).toBe(orNull(text || title));
          expect(p.get('url')).toBe(new URL(url).href);
          expect(p.get('hashtags')).toBe('gut,health');
          expect(p.get('via')).toBe('wellread');
        }),
      );
    });

    it('LinkedIn and Facebook carry the URL alone', () => {
      fc.assert(
        fc.property(textArb, urlArb, (title, url) => {
          const linkedin = shareUrl('linkedin', { url, title })!;
          expect(linkedin.startsWith('https://www.linkedin.com/sharing/share-offsite/?')).toBe(true);
          expect([...params(linkedin)]).toEqual([['url', new URL(url).href]]);
          const facebook = shareUrl('facebook', { url, title })!;
          expect(facebook.startsWith('https://www.facebook.com/sharer/sharer.php?')).toBe(true);
          expect([...params(facebook)]).toEqual([['u', new URL(url).href]]);
        }),
      );
    });

    it('email puts the title in the subject and text plus URL in the body, spaces as %20', () => {
      fc.assert(
        fc.property(textArb, textArb, urlArb, (title, text, url) => {
          const shared = shareUrl('email', { url, title, text })!;
          expect(shared.startsWith('mailto:?')).toBe(true);
          expect(shared).not.toContain('+');
          expect(shared).not.toMatch(/[ \n]/);
          const p = mailtoParams(shared);
          const message = text || title;
          expect(p.subject).toBe(title ? title : undefined);
          expect(p.body).toBe(message ? `${message}\n\n${new URL(url).href}` : new URL(url).href);
        }),
      );
    });

    it('WhatsApp, Reddit, Threads, Pinterest and Telegram round-trip their parameters', () => {
      fc.assert(
        fc.property(textArb, textArb, urlArb, (title, text, url) => {
          const href = new URL(url).href;
          const message = text || title;
          const whatsapp = shareUrl('whatsapp', { url, title, text })!;
          expect(whatsapp.startsWith('https://wa.me/?')).toBe(true);
          expect(params(whatsapp).get('text')).toBe(message ? `${message} ${href}` : href);

          const reddit = params(shareUrl('reddit', { url, title, text })!);
          expect(reddit.get('url')).toBe(href);
          expect(reddit.get('title')).toBe(orNull(title));

          const threads = shareUrl('threads', { url, title, text, hashtags: ['gut health'] })!;
          expect(threads.startsWith('https://www.threads.com/intent/post?')).toBe(true);
          expect(params(threads).get('text')).toBe(orNull(message));
          expect(params(threads).get('url')).toBe(href);
          expect(params(threads).get('tag')).toBe('gut health');

          const pinterest = shareUrl('pinterest', { url, title, text, media: 'https://example.org/a b.png' })!;
          expect(pinterest.startsWith('https://www.pinterest.com/pin/create/button/?')).toBe(true);
          expect(params(pinterest).get('url')).toBe(href);
          expect(params(pinterest).get('media')).toBe('https://example.org/a%20b.png');
          expect(params(pinterest).get('description')).toBe(orNull(message));

          const telegram = shareUrl('telegram', { url, title, text })!;
          expect(telegram.startsWith('https://t.me/share/url?')).toBe(true);
          expect(params(telegram).get('url')).toBe(href);
          expect(params(telegram).get('text')).toBe(orNull(message));
        }),
      );
    });

    it('Bluesky composes text, #hashtags and URL into its one text parameter', () => {
      fc.assert(
        fc.property(textArb, urlArb, (text, url) => {
          const shared = shareUrl('bluesky', { url, text, hashtags: ['#gut', ' immunity ', ''] })!;
          expect(shared.startsWith('https://bsky.app/intent/compose?')).toBe(true);
          expect(params(shared).get('text')).toBe([text, '#gut', '#immunity', new URL(url).href].filter(Boolean).join(' '));
        }),
      );
    });
  });

  it('uses percent-encoding a browser decodes back exactly, with spaces as %20', () => {
    const shared = shareUrl('x', { url: 'https://example.com/a?b=1&c=2#top', text: 'Gut & immune: 100% + more?' })!;
    expect(shared).toBe(
      'https://x.com/intent/tweet?text=Gut%20%26%20immune%3A%20100%25%20%2B%20more%3F&url=https%3A%2F%2Fexample.com%2Fa%3Fb%3D1%26c%3D2%23top',
    );
  });

  it('never throws on lone surrogates; they become U+FFFD', () => {
    const shared = shareUrl('telegram', { url: 'https://example.com/', text: 'a\uD800b' })!;
    expect(params(shared).get('text')).toBe('a\uFFFDb');
  });

  describe('given a bad page URL', () => {
    it.each([
      ['missing', undefined],
      ['empty', ''],
      ['relative', '/articles/gut-immune-link'],
      ['protocol-relative', '//example.com/x'],
      ['javascript:', 'javascript:alert(1)'],
      ['data:', 'data:text/html,<script>alert(1)</script>'],
      ['ftp:', 'ftp://example.com/file'],
      ['host-less', 'https://'],
    ])('%s: returns null and warns in development', (_, url) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect(shareUrl('x', { url: url as string })).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('shareUrl'));
      warn.mockRestore();
    });

    it('drops a media URL that is not http(s)', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const shared = shareUrl('pinterest', { url: 'https://example.com/', media: 'javascript:alert(1)' })!;
      expect(params(shared).has('media')).toBe(false);
      warn.mockRestore();
    });
  });

  it('returns null for a network it does not know, without throwing', () => {
    expect(shareUrl('myspace' as ShareNetwork, { url: 'https://example.com/' })).toBeNull();
    expect(shareUrl('constructor' as ShareNetwork, { url: 'https://example.com/' })).toBeNull();
  });

  it('lists every network with its display name', () => {
    expect(shareNetworks).toEqual({
      x: 'X',
      linkedin: 'LinkedIn',
      facebook: 'Facebook',
      email: 'Email',
      whatsapp: 'WhatsApp',
      reddit: 'Reddit',
      bluesky: 'Bluesky',
      threads: 'Threads',
      pinterest: 'Pinterest',
      telegram: 'Telegram',
    });
    for (const network of Object.keys(shareNetworks) as ShareNetwork[]) {
      expect(shareUrl(network, { url: 'https://example.com/' }), network).toMatch(/^(https:\/\/|mailto:\?)/);
    }
  });
});

describe('withUtm', () => {
  describe('given a URL with a query and a fragment', () => {
    it('adds utm_* after the query and keeps the fragment last', () => {
      const url = withUtm('https://example.com/article?page=2&q=gut%20health#sources', { medium: 'social', campaign: 'spring' }, 'x');
      expect(url).toBe('https://example.com/article?page=2&q=gut+health&utm_medium=social&utm_campaign=spring&utm_source=x#sources');
      const parsed = new URL(url);
      expect(parsed.hash).toBe('#sources');
      expect(parsed.searchParams.get('q')).toBe('gut health');
      expect(parsed.searchParams.get('page')).toBe('2');
    });

    it('replaces utm_* parameters the URL already has instead of repeating them', () => {
      const url = withUtm('https://example.com/?utm_source=newsletter&id=7', { source: 'share' }, 'x');
      expect(new URL(url).searchParams.getAll('utm_source')).toEqual(['share']);
      expect(new URL(url).searchParams.get('id')).toBe('7');
    });
  });

  it('keeps any query and fragment intact for any URL', () => {
    fc.assert(
      fc.property(urlArb, textArb, (url, campaign) => {
        const before = new URL(url);
        const after = new URL(withUtm(url, { campaign }, 'linkedin'));
        expect(after.hash).toBe(before.hash);
        expect(after.pathname).toBe(before.pathname);
        expect(after.searchParams.get('utm_source')).toBe('linkedin');
        expect(after.searchParams.get('utm_campaign')).toBe(campaign || null);
        const kept = [...before.searchParams].filter(([key]) => !key.startsWith('utm_'));
        expect([...after.searchParams].filter(([key]) => !key.startsWith('utm_'))).toEqual(kept);
      }),
    );
  });

  it('returns the URL unchanged without utm', () => {
    expect(withUtm('https://example.com/a?b#c', undefined, 'x')).toBe('https://example.com/a?b#c');
  });

  it('is applied by shareUrl with the network as the default source', () => {
    const shared = shareUrl('facebook', { url: 'https://example.com/a#b', utm: { medium: 'social' } })!;
    expect(params(shared).get('u')).toBe('https://example.com/a?utm_medium=social&utm_source=facebook#b');
  });
});
