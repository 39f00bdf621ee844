import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareBar, TipChecklist } from 'wellread';
import { expectSafe, failOnReactErrors, renderOnServer } from './safety';

/*
 * The browser APIs the interactive parts use, failing every way they do in the wild:
 * storage that throws (private modes, blocked cookies, a full quota) or holds garbage,
 * a clipboard that refuses or is missing, a share sheet that fails. The server render
 * never touches them; the client render never throws and never loses the reader's
 * ticks, and a failed copy still gives the reader the link.
 */

failOnReactErrors();

const STEPS = [
  { id: 'fiber', title: 'Embrace fiber' },
  { id: 'probiotics', title: 'Invite more probiotics' },
  { id: 'hydrate', title: 'Hydrate' },
];
const PAGE = 'https://example.com/articles/gut-immune-link';
const storageDescriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
const navigatorDescriptors = {
  clipboard: Object.getOwnPropertyDescriptor(window.navigator, 'clipboard'),
  share: Object.getOwnPropertyDescriptor(window.navigator, 'share'),
};
let checklist = 0;

afterEach(() => {
  Object.defineProperty(window, 'localStorage', storageDescriptor);
  for (const [name, descriptor] of Object.entries(navigatorDescriptors)) {
    if (descriptor) Object.defineProperty(window.navigator, name, descriptor);
    else delete (window.navigator as unknown as Record<string, unknown>)[name];
  }
});

/** A fresh checklist id per test: the memory fallback is per page, like a real tab. */
function nextId(): string {
  checklist += 1;
  return `hostile-${checklist}`;
}

/** Ticks steps 1 and 3, then mounts the checklist again as a reload would. */
async function tickTwoAndRemount(id: string) {
  const user = userEvent.setup();
  const first = render(<TipChecklist id={id} items={STEPS} />);
  await user.click(await screen.findByRole('checkbox', { name: /Embrace fiber/ }));
  await user.click(screen.getByRole('checkbox', { name: /Hydrate/ }));
  expect(screen.getByRole('checkbox', { name: /Embrace fiber/ })).toBeChecked();
  expect(screen.getByRole('status')).toHaveTextContent('2 of 3 done');
  first.unmount();
  render(<TipChecklist id={id} items={STEPS} />);
  await waitFor(() => expect(screen.getByRole('checkbox', { name: /Embrace fiber/ })).toBeChecked());
  expect(screen.getByRole('checkbox', { name: /Hydrate/ })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: /probiotics/ })).not.toBeChecked();
}

const STORAGE_FAILURES: { name: string; install: () => void }[] = [
  {
    name: 'localStorage itself throws SecurityError (blocked cookies, sandboxed frame)',
    install: () =>
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
  },
  {
    name: 'setItem throws QuotaExceededError (full storage, Safari private mode)',
    install: () => {
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      });
    },
  },
  {
    name: 'getItem throws',
    install: () => {
      vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
        throw new Error('storage is broken');
      });
    },
  },
  {
    name: 'setItem silently drops the value',
    install: () => {
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {});
    },
  },
];

for (const failure of STORAGE_FAILURES) {
  describe(`given TipChecklist and ${failure.name}`, () => {
    beforeEach(failure.install);

    it('server-rendered: the steps are there and storage is never touched', () => {
      const getItem = vi.spyOn(Storage.prototype, 'getItem');
      const { html, root } = renderOnServer(<TipChecklist id={nextId()} items={STEPS} />);
      expect(getItem).not.toHaveBeenCalled();
      expectSafe(root, { html });
      expect(root.querySelectorAll('input[type="checkbox"]')).toHaveLength(3);
    });

    it('client-rendered: two ticked steps survive a remount (kept in memory)', async () => {
      await tickTwoAndRemount(nextId());
    });
  });
}

/** What is stored, and how many steps it ticks once read (only valid string ids count). */
const GARBAGE: [string, string, number][] = [
  ['text that is not JSON', '{not json', 0],
  ['JSON of the wrong shape', '{"v":1,"ids":"fiber"}', 0],
  ['a JSON null', 'null', 0],
  ['ids that are not strings, and one that is', '{"ids":[1,{"a":2},null,"fiber"]}', 1],
  ['markup', '<img src=x onerror=alert(1)>', 0],
];

for (const [what, raw, valid] of GARBAGE) {
  describe(`given TipChecklist and ${what} stored under its key`, () => {
    it('server-rendered: nothing is ticked and nothing is injected', () => {
      const id = nextId();
      window.localStorage.setItem(`wellread:tip-checklist:${id}`, raw);
      const { html, root } = renderOnServer(<TipChecklist id={id} items={STEPS} />);
      expectSafe(root, { html });
      expect(root.querySelectorAll('input:checked')).toHaveLength(0);
    });

    it(`client-rendered: ${valid} step(s) ticked from it, and new ticks are kept`, async () => {
      const id = nextId();
      window.localStorage.setItem(`wellread:tip-checklist:${id}`, raw);
      const { container, unmount } = render(<TipChecklist id={id} items={STEPS} />);
      expectSafe(container);
      await waitFor(() => expect(container.querySelectorAll('input:checked')).toHaveLength(valid));
      unmount();
      if (valid === 0) await tickTwoAndRemount(id);
    });
  });
}

describe('given TipChecklist and stored ticks for steps that no longer exist', () => {
  it('client-rendered: only the existing steps are ticked and the count is right', async () => {
    const id = nextId();
    window.localStorage.setItem(`wellread:tip-checklist:${id}`, JSON.stringify({ ids: ['gone', 'hydrate', 'also-gone'] }));
    render(<TipChecklist id={id} items={STEPS} />);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Hydrate/ })).toBeChecked());
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toHaveLength(1);
    expect(screen.getByText('1 of 3 done')).toBeInTheDocument();
  });

  it('server-rendered: the count starts at 0 of 3', () => {
    expect(renderToString(<TipChecklist id={nextId()} items={STEPS} />)).toContain('0 of 3 done');
  });
});

const CLIPBOARD_FAILURES: { name: string; clipboard: unknown }[] = [
  { name: 'writeText rejects (permission denied)', clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } },
  {
    name: 'writeText throws synchronously',
    clipboard: {
      writeText: () => {
        throw new TypeError('Illegal invocation');
      },
    },
  },
  { name: 'the Clipboard API is missing (http page, old browser)', clipboard: undefined },
];

for (const failure of CLIPBOARD_FAILURES) {
  describe(`given ShareBar and a clipboard whose ${failure.name}`, () => {
    // After userEvent.setup(), which puts its own clipboard stub on navigator.
    const install = () => Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: failure.clipboard });

    it('server-rendered: the copy button is there and nothing else runs', () => {
      install();
      const { html, root } = renderOnServer(<ShareBar url={PAGE} networks={['copy']} />);
      expectSafe(root, { html });
      expect(root.querySelector('button')?.getAttribute('aria-label')).toBe('Copy link');
    });

    it('client-rendered: the link is shown in a focused, selected read-only field with a hint', async () => {
      const user = userEvent.setup();
      install();
      render(<ShareBar url={PAGE} networks={['copy']} />);
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      const field = await screen.findByRole('textbox', { name: 'Link to this page' });
      expect(field).toHaveValue(PAGE);
      expect(field).toHaveAttribute('readonly');
      expect(field).toHaveFocus();
      expect(screen.getByRole('status')).toHaveTextContent('Press Ctrl+C / ⌘C to copy');
    });
  });
}

const SHARE_FAILURES: { name: string; share: () => Promise<void>; copies: boolean }[] = [
  { name: 'rejects with a NotAllowedError', share: () => Promise.reject(new DOMException('no', 'NotAllowedError')), copies: true },
  {
    name: 'throws a TypeError synchronously',
    share: () => {
      throw new TypeError('bad data');
    },
    copies: true,
  },
  { name: 'is closed by the reader (AbortError)', share: () => Promise.reject(new DOMException('closed', 'AbortError')), copies: false },
];

for (const failure of SHARE_FAILURES) {
  describe(`given ShareBar with the native share sheet, which ${failure.name}`, () => {
    let writeText: ReturnType<typeof vi.fn>;
    // After userEvent.setup(), which puts its own clipboard stub on navigator.
    const install = () => {
      writeText = vi.fn(() => Promise.resolve());
      Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: { writeText } });
      Object.defineProperty(window.navigator, 'share', { configurable: true, value: failure.share });
    };

    it('server-rendered: no share-sheet button before JavaScript (it needs the API)', () => {
      install();
      const { html, root } = renderOnServer(<ShareBar url={PAGE} networks={['native']} />);
      expectSafe(root, { html });
      expect(root.querySelectorAll('button')).toHaveLength(0);
    });

    it(`client-rendered: ${failure.copies ? 'the link is copied instead' : 'nothing is copied and nothing breaks'}`, async () => {
      const user = userEvent.setup();
      install();
      render(<ShareBar url={PAGE} networks={['native']} />);
      await user.click(await screen.findByRole('button', { name: 'Share via…' }));
      if (failure.copies) {
        await waitFor(() => expect(writeText).toHaveBeenCalledWith(PAGE));
        expect(screen.getByRole('status')).toHaveTextContent('Link copied');
      } else {
        expect(writeText).not.toHaveBeenCalled();
        expect(screen.getByRole('status')).toHaveTextContent('');
      }
    });
  });
}
