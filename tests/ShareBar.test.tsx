import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareBar, type ShareTarget } from 'wellread';
import { ar, es } from 'wellread/locales';

const url = 'https://example.com/articles/gut-immune-link';
const title = 'Gut-Immune Link: Recover Stronger, Feel Better Sooner';

/**
 * Records whether the link's default action (opening the tab) was cancelled by the bar,
 * as seen after React's handler; then cancels it so jsdom does not try to navigate.
 */
function watchDefault() {
  const seen: boolean[] = [];
  const listener = (event: Event) => {
    seen.push(event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('click', listener);
  return { seen, stop: () => document.removeEventListener('click', listener) };
}

function stubShare(implementation: () => Promise<void>) {
  const share = vi.fn(implementation);
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
  return share;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  vi.restoreAllMocks();
});

describe('ShareBar', () => {
  describe('given a page and the default networks', () => {
    it('shows the label, four network links and a copy button, in that order', () => {
      render(<ShareBar url={url} title={title} />);
      expect(screen.getByText('Share:')).toBeVisible();
      const controls = screen.getByRole('list').querySelectorAll('a, button');
      expect([...controls].map((control) => control.getAttribute('aria-label'))).toEqual([
        'Share on X (opens in a new tab)',
        'Share on LinkedIn (opens in a new tab)',
        'Share on Facebook (opens in a new tab)',
        'Share by email',
        'Copy link',
      ]);
      expect(screen.queryByRole('button', { name: 'Share via…' })).not.toBeInTheDocument();
    });

    it('makes every network a real link that opens a new tab without an opener or referrer', () => {
      render(<ShareBar url={url} title={title} />);
      for (const name of ['X', 'LinkedIn', 'Facebook']) {
        const link = screen.getByRole('link', { name: `Share on ${name} (opens in a new tab)` });
        expect(link).toHaveAttribute('target', '_blank');
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
      expect(screen.getByRole('link', { name: /X/ }).getAttribute('href')).toMatch(/^https:\/\/x\.com\/intent\/tweet\?text=Gut-Immune/);
      expect(screen.getByRole('link', { name: /LinkedIn/ })).toHaveAttribute(
        'href',
        `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
      );
      expect(screen.getByRole('link', { name: /Facebook/ })).toHaveAttribute(
        'href',
        `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
      );
    });

    it('sends email through mailto: with subject and body, in the same tab', () => {
      render(<ShareBar url={url} title={title} text="How your gut helps you recover." />);
      const email = screen.getByRole('link', { name: 'Share by email' });
      expect(email).toHaveAttribute(
        'href',
        `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`How your gut helps you recover.\n\n${url}`)}`,
      );
      expect(email).not.toHaveAttribute('target');
      expect(email).toHaveTextContent('Email');
    });

    it('draws decorative icons that screen readers and keyboards skip', () => {
      const { container } = render(<ShareBar url={url} />);
      const icons = container.querySelectorAll('svg');
      expect(icons).toHaveLength(5);
      for (const icon of icons) {
        expect(icon).toHaveAttribute('aria-hidden', 'true');
        expect(icon).toHaveAttribute('focusable', 'false');
      }
    });

    it('is hidden in print and exposes its variants as data attributes', () => {
      render(<ShareBar url={url} data-testid="bar" />);
      const bar = screen.getByTestId('bar');
      expect(bar).toHaveClass('wr-share-bar', 'wr-no-print');
      expect(bar).toHaveAttribute('data-display', 'both');
      expect(bar).toHaveAttribute('data-size', 'md');
      expect(bar).toHaveAttribute('data-orientation', 'horizontal');
      expect(bar).toHaveAttribute('data-shape', 'rounded');
      expect(bar).toHaveAttribute('data-color', 'brand');
    });

    it('passes className, data attributes and ref to its element', () => {
      const ref = createRef<HTMLDivElement>();
      render(<ShareBar ref={ref} url={url} className="site-bar" data-testid="bar" id="share" />);
      const bar = screen.getByTestId('bar');
      expect(ref.current).toBe(bar);
      expect(bar).toHaveClass('wr-share-bar', 'site-bar');
      expect(bar).toHaveAttribute('id', 'share');
    });
  });

  describe('given every network', () => {
    it('links each to its share page', () => {
      render(
        <ShareBar
          url={url}
          title={title}
          media="https://example.com/cover.jpg"
          networks={['x', 'linkedin', 'facebook', 'email', 'whatsapp', 'reddit', 'bluesky', 'threads', 'pinterest', 'telegram']}
        />,
      );
      const expected: [string, RegExp][] = [
        ['WhatsApp', /^https:\/\/wa\.me\/\?text=/],
        ['Reddit', /^https:\/\/www\.reddit\.com\/submit\?url=/],
        ['Bluesky', /^https:\/\/bsky\.app\/intent\/compose\?text=/],
        ['Threads', /^https:\/\/www\.threads\.com\/intent\/post\?text=/],
        ['Pinterest', /^https:\/\/www\.pinterest\.com\/pin\/create\/button\/\?url=.*&media=https%3A%2F%2Fexample\.com%2Fcover\.jpg/],
        ['Telegram', /^https:\/\/t\.me\/share\/url\?url=/],
      ];
      for (const [name, href] of expected) {
        const link = screen.getByRole('link', { name: `Share on ${name} (opens in a new tab)` });
        expect(link.getAttribute('href')).toMatch(href);
        expect(link).toHaveTextContent(name);
      }
      expect(screen.getAllByRole('link')).toHaveLength(10);
    });
  });

  describe('given JavaScript, when a network link is clicked', () => {
    it('opens a centred window, cancels the new tab and reports the share once', async () => {
      const user = userEvent.setup();
      const popup = { opener: window } as unknown as Window;
      const open = vi.spyOn(window, 'open').mockReturnValue(popup);
      const onShare = vi.fn();
      const defaults = watchDefault();
      render(<ShareBar url={url} title={title} onShare={onShare} />);
      const link = screen.getByRole('link', { name: /LinkedIn/ });
      await user.click(link);
      expect(open).toHaveBeenCalledTimes(1);
      expect(open).toHaveBeenCalledWith(link.getAttribute('href'), 'wr-share', expect.stringMatching(/^width=600,height=500,left=-?[\d.]+,top=-?[\d.]+$/));
      expect(popup.opener).toBeNull();
      expect(defaults.seen).toEqual([true]);
      expect(onShare).toHaveBeenCalledTimes(1);
      expect(onShare).toHaveBeenCalledWith('linkedin');
      defaults.stop();
    });

    it('lets the link open a new tab when the popup is blocked', async () => {
      const user = userEvent.setup();
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      const onShare = vi.fn();
      const defaults = watchDefault();
      render(<ShareBar url={url} onShare={onShare} />);
      await user.click(screen.getByRole('link', { name: /X/ }));
      expect(open).toHaveBeenCalledTimes(1);
      expect(defaults.seen).toEqual([false]);
      expect(onShare).toHaveBeenCalledTimes(1);
      expect(onShare).toHaveBeenCalledWith('x');
      defaults.stop();
    });

    it('sizes the window from `popup`, or leaves links alone with popup={false}', async () => {
      const user = userEvent.setup();
      const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
      const { rerender } = render(<ShareBar url={url} popup={{ width: 720, height: 420 }} />);
      await user.click(screen.getByRole('link', { name: /Facebook/ }));
      expect(open).toHaveBeenLastCalledWith(expect.any(String), 'wr-share', expect.stringContaining('width=720,height=420'));
      open.mockClear();
      const defaults = watchDefault();
      rerender(<ShareBar url={url} popup={false} />);
      await user.click(screen.getByRole('link', { name: /Facebook/ }));
      expect(open).not.toHaveBeenCalled();
      expect(defaults.seen).toEqual([false]);
      defaults.stop();
    });

    it('leaves Ctrl/⌘/Shift-clicks and email to the browser', async () => {
      const user = userEvent.setup();
      const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
      const onShare = vi.fn();
      const defaults = watchDefault();
      render(<ShareBar url={url} onShare={onShare} />);
      await user.keyboard('{Control>}');
      await user.click(screen.getByRole('link', { name: /X/ }));
      await user.keyboard('{/Control}');
      await user.click(screen.getByRole('link', { name: 'Share by email' }));
      expect(open).not.toHaveBeenCalled();
      expect(defaults.seen).toEqual([false, false]);
      expect(onShare.mock.calls).toEqual([['x'], ['email']]);
      defaults.stop();
    });

    it('works from the keyboard: Tab to a link, Enter opens it', async () => {
      const user = userEvent.setup();
      const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
      render(<ShareBar url={url} />);
      await user.tab();
      expect(screen.getByRole('link', { name: /X/ })).toHaveFocus();
      await user.tab();
      expect(screen.getByRole('link', { name: /LinkedIn/ })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(open).toHaveBeenCalledWith(expect.stringContaining('linkedin.com'), 'wr-share', expect.any(String));
    });
  });

  describe('copy link', () => {
    it('given the Clipboard API, copies the link and announces it politely', async () => {
      const user = userEvent.setup();
      const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
      const onShare = vi.fn();
      render(<ShareBar url={url} onShare={onShare} />);
      const status = screen.getByRole('status');
      expect(status).toBeEmptyDOMElement();
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      expect(writeText).toHaveBeenCalledWith(url);
      expect(status).toHaveTextContent('Link copied');
      expect(onShare).toHaveBeenCalledTimes(1);
      expect(onShare).toHaveBeenCalledWith('copy');
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    });

    it('given the permission is denied, shows the link selected in a field to copy by hand', async () => {
      const user = userEvent.setup();
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
      const onShare = vi.fn();
      render(<ShareBar url={url} onShare={onShare} />);
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      const field = await screen.findByRole('textbox', { name: 'Link to this page' });
      expect(field).toBeVisible();
      expect(field).toHaveValue(url);
      expect(field).toHaveAttribute('readonly');
      expect(field).toHaveFocus();
      expect((field as HTMLInputElement).selectionStart).toBe(0);
      expect((field as HTMLInputElement).selectionEnd).toBe(url.length);
      expect(screen.getByRole('status')).toHaveTextContent('Press Ctrl+C / ⌘C to copy');
      expect(onShare).not.toHaveBeenCalled();
      await user.copy();
      expect(onShare).toHaveBeenCalledWith('copy');
      await user.tab();
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    });

    it('given no Clipboard API at all, falls back to the same field', async () => {
      const user = userEvent.setup();
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      render(<ShareBar url={url} />);
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      expect(await screen.findByRole('textbox', { name: 'Link to this page' })).toHaveValue(url);
      expect(screen.getByRole('status')).toHaveTextContent('Press Ctrl+C / ⌘C to copy');
    });

    it('works from the keyboard with Enter and Space', async () => {
      const user = userEvent.setup();
      const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
      render(<ShareBar url={url} networks={['copy']} />);
      await user.tab();
      expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
      await user.keyboard('{Enter}');
      await user.keyboard(' ');
      expect(writeText).toHaveBeenCalledTimes(2);
    });
  });

  describe('the share sheet (Web Share API)', () => {
    it('given navigator.share, offers it and reports the share once it resolves', async () => {
      const user = userEvent.setup();
      const share = stubShare(() => Promise.resolve());
      const onShare = vi.fn();
      render(<ShareBar url={url} title={title} text="Summary" networks={['native']} onShare={onShare} />);
      await user.click(screen.getByRole('button', { name: 'Share via…' }));
      expect(share).toHaveBeenCalledWith({ url, title, text: 'Summary' });
      expect(onShare.mock.calls).toEqual([['native']]);
    });

    it('says nothing when the reader closes the sheet (AbortError)', async () => {
      const user = userEvent.setup();
      stubShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
      const writeText = vi.spyOn(navigator.clipboard, 'writeText');
      const onShare = vi.fn();
      render(<ShareBar url={url} networks={['native']} onShare={onShare} />);
      await user.click(screen.getByRole('button', { name: 'Share via…' }));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      expect(writeText).not.toHaveBeenCalled();
      expect(onShare).not.toHaveBeenCalled();
    });

    it('copies the link instead when sharing fails for another reason', async () => {
      const user = userEvent.setup();
      stubShare(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
      const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
      const onShare = vi.fn();
      render(<ShareBar url={url} networks={['native']} onShare={onShare} />);
      await user.click(screen.getByRole('button', { name: 'Share via…' }));
      expect(writeText).toHaveBeenCalledWith(url);
      expect(screen.getByRole('status')).toHaveTextContent('Link copied');
      expect(onShare.mock.calls).toEqual([['copy']]);
    });

    it('given no navigator.share, renders no button', () => {
      render(<ShareBar url={url} networks={['x', 'native']} />);
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
      expect(screen.getAllByRole('listitem')[1]).toBeEmptyDOMElement();
    });

    it('hydrates the server HTML without a mismatch, then adds the button', async () => {
      stubShare(() => Promise.resolve());
      const ui = <ShareBar url={url} networks={['x', 'copy', 'native']} />;
      const html = renderToString(ui);
      expect(html).not.toContain('Share via');
      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(ui, { container, hydrate: true });
      expect(await screen.findByRole('button', { name: 'Share via…' })).toBeVisible();
      expect(error).not.toHaveBeenCalled();
    });
  });

  describe('given campaign parameters', () => {
    it('tags each network and the copied link with its own utm_source', async () => {
      const user = userEvent.setup();
      const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
      const page = 'https://example.com/a?ref=home#sources';
      render(<ShareBar url={page} utm={{ medium: 'social', campaign: 'spring' }} />);
      const linkedin = new URL(screen.getByRole('link', { name: /LinkedIn/ }).getAttribute('href')!);
      expect(linkedin.searchParams.get('url')).toBe(
        'https://example.com/a?ref=home&utm_medium=social&utm_campaign=spring&utm_source=linkedin#sources',
      );
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      expect(writeText).toHaveBeenCalledWith('https://example.com/a?ref=home&utm_medium=social&utm_campaign=spring&utm_source=copy#sources');
    });
  });

  describe('given bad input', () => {
    it.each([
      ['no url', undefined],
      ['a relative url', '/articles/gut-immune-link'],
      ['a javascript: url', 'javascript:alert(document.cookie)'],
      ['a data: url', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ])('renders nothing for %s and warns in development', (_, bad) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(<ShareBar url={bad as string} />);
      expect(container).toBeEmptyDOMElement();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('ShareBar'));
    });

    it('ignores unknown networks with a warning and keeps the rest', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<ShareBar url={url} networks={['x', 'myspace' as ShareTarget, 'x', 'copy']} />);
      expect(screen.getAllByRole('listitem')).toHaveLength(2);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('"myspace"'));
    });

    it('renders nothing when no network is left', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(<ShareBar url={url} networks={['toString' as ShareTarget]} />);
      expect(container).toBeEmptyDOMElement();
    });
  });

  describe('text', () => {
    it('speaks Spanish and Arabic from wellread/locales', () => {
      const { rerender } = render(<ShareBar url={url} labels={es.shareBar} locale="es" data-testid="bar" />);
      expect(screen.getByText('Compartir:')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Compartir en X (se abre en una pestaña nueva)' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Compartir por correo' })).toHaveTextContent('Correo');
      expect(screen.getByRole('button', { name: 'Copiar enlace' })).toBeInTheDocument();
      expect(screen.getByTestId('bar')).toHaveAttribute('lang', 'es');
      rerender(<ShareBar url={url} labels={ar.shareBar} locale="ar" />);
      expect(screen.getByRole('button', { name: 'نسخ الرابط' })).toBeInTheDocument();
    });

    it('takes its own label, which can be hidden visually but stays for screen readers', () => {
      const { rerender } = render(<ShareBar url={url} label="Pass it on" />);
      expect(screen.getByText('Pass it on')).toHaveClass('wr-share-label');
      rerender(<ShareBar url={url} hideLabel />);
      expect(screen.getByText('Share:')).toHaveClass('wr-visually-hidden');
    });
  });

  describe('given a right-to-left page', () => {
    it('keeps the DOM order, so the row mirrors through CSS alone', () => {
      render(
        <div dir="rtl" lang="ar">
          <ShareBar url={url} labels={ar.shareBar} networks={['whatsapp', 'x', 'email', 'copy']} />
        </div>,
      );
      const controls = screen.getByRole('list').querySelectorAll('a, button');
      const names = [...controls].map((control) => control.getAttribute('data-network'));
      expect(names).toEqual(['whatsapp', 'x', 'email', 'copy']);
    });
  });

  describe('privacy', () => {
    let fetchSpy: ReturnType<typeof vi.fn>;
    beforeEach(() => {
      fetchSpy = vi.fn();
      vi.stubGlobal('fetch', fetchSpy);
    });
    afterEach(() => vi.unstubAllGlobals());

    it('loads nothing, sets no cookie and embeds nothing from another origin', async () => {
      const user = userEvent.setup();
      vi.spyOn(window, 'open').mockReturnValue({} as Window);
      vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
      const { container } = render(<ShareBar url={url} networks={['x', 'pinterest', 'copy']} media="https://example.com/a.jpg" />);
      await user.click(screen.getByRole('link', { name: /X/ }));
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied'));
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(document.cookie).toBe('');
      expect(container.querySelector('img, script, iframe, link, [src]')).toBeNull();
    });
  });
});
