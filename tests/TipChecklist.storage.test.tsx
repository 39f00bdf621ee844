import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TipChecklist, type TipChecklistItemData } from 'wellread/tip-checklist';
import { seedSteps } from './fixtures/seedSteps';

/*
 * Storage is the reader's device: it may be missing, full, blocked or hold anything.
 * Broken-storage cases use ids of their own, because the memory fallback lives as long
 * as the page (here: the test file), as it should.
 */

const FIBER = "1. Embrace Fiber: Your Gut Bugs' Favorite Food.";
const HYDRATE = '3. Hydrate, Hydrate, Hydrate!';
const notLive = { ignore: '[role="status"], script, style' };
const key = (id: string) => `wellread:tip-checklist:${id}`;

const threeSteps: TipChecklistItemData[] = [
  { id: 'a', title: 'Drink water' },
  { id: 'b', title: 'Walk' },
  { id: 'c', title: 'Sleep' },
];

describe('TipChecklist storage', () => {
  describe('given stored progress from an earlier visit', () => {
    it('shows those steps ticked, without announcing them', () => {
      localStorage.setItem(key('earlier'), JSON.stringify({ ids: ['fiber', 'hydrate'] }));
      render(<TipChecklist id="earlier" items={seedSteps} />);
      expect(screen.getByRole('checkbox', { name: FIBER })).toBeChecked();
      expect(screen.getByRole('checkbox', { name: HYDRATE })).toBeChecked();
      expect(screen.getByText('2 of 7 done', notLive)).toBeInTheDocument();
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    });

    it('prefers the stored ticks over defaultChecked', () => {
      localStorage.setItem(key('stored-vs-default'), JSON.stringify({ ids: ['b'] }));
      render(<TipChecklist id="stored-vs-default" items={threeSteps} defaultChecked={['a']} />);
      expect(screen.getByRole('checkbox', { name: '1. Drink water' })).not.toBeChecked();
      expect(screen.getByRole('checkbox', { name: '2. Walk' })).toBeChecked();
    });

    it('ignores ids of steps that no longer exist and leaves new steps unticked', async () => {
      const user = userEvent.setup();
      localStorage.setItem(key('stale'), JSON.stringify({ ids: ['removed-step', 'a'] }));
      render(<TipChecklist id="stale" items={[...threeSteps, { id: 'd', title: 'New step' }]} />);
      expect(screen.getByText('1 of 4 done', notLive)).toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: '4. New step' })).not.toBeChecked();
      await user.click(screen.getByRole('checkbox', { name: '2. Walk' }));
      expect(JSON.parse(localStorage.getItem(key('stale'))!)).toEqual({ ids: ['a', 'b'] });
    });

    it('drops the ticks when the content version changed', async () => {
      const user = userEvent.setup();
      localStorage.setItem(key('versioned'), JSON.stringify({ v: 1, ids: ['a', 'b'] }));
      const { unmount } = render(<TipChecklist id="versioned" version={1} items={threeSteps} />);
      expect(screen.getByText('2 of 3 done', notLive)).toBeInTheDocument();
      unmount();

      render(<TipChecklist id="versioned" version={2} items={threeSteps} />);
      expect(screen.getByText('0 of 3 done', notLive)).toBeInTheDocument();
      await user.click(screen.getByRole('checkbox', { name: '3. Sleep' }));
      expect(JSON.parse(localStorage.getItem(key('versioned'))!)).toEqual({ v: 2, ids: ['c'] });
    });
  });

  describe('when the list is unmounted and mounted again', () => {
    it('keeps the ticks in localStorage under the checklist id', async () => {
      const user = userEvent.setup();
      const { unmount } = render(<TipChecklist id="remount" items={seedSteps} />);
      await user.click(screen.getByRole('checkbox', { name: FIBER }));
      await user.click(screen.getByRole('checkbox', { name: HYDRATE }));
      unmount();
      expect(JSON.parse(localStorage.getItem(key('remount'))!)).toEqual({ ids: ['fiber', 'hydrate'] });

      render(<TipChecklist id="remount" items={seedSteps} />);
      expect(screen.getByRole('checkbox', { name: FIBER })).toBeChecked();
      expect(screen.getByRole('checkbox', { name: HYDRATE })).toBeChecked();
      expect(screen.getByText('2 of 7 done', notLive)).toBeInTheDocument();
    });
  });

  describe('given garbage in storage', () => {
    it.each([
      ['broken JSON', '{"ids": [1,'],
      ['null', 'null'],
      ['a number', '42'],
      ['a string', '"fiber"'],
      ['ids that are not a list', '{"ids":"fiber"}'],
      ['an old format', '["fiber"]'],
    ])('renders every step unticked for %s', (_, raw) => {
      localStorage.setItem(key('garbage'), raw);
      render(<TipChecklist id="garbage" items={seedSteps} />);
      expect(screen.getAllByRole('checkbox')).toHaveLength(7);
      expect(screen.getByText('0 of 7 done', notLive)).toBeInTheDocument();
    });

    it('keeps the string ids of a list with junk in it', () => {
      localStorage.setItem(key('mixed'), '{"ids":[1,null,{"id":"b"},"fiber"]}');
      render(<TipChecklist id="mixed" items={seedSteps} />);
      expect(screen.getByRole('checkbox', { name: FIBER })).toBeChecked();
      expect(screen.getByText('1 of 7 done', notLive)).toBeInTheDocument();
    });

    it('overwrites the garbage on the next tick', async () => {
      const user = userEvent.setup();
      localStorage.setItem(key('overwrite'), '{nope');
      render(<TipChecklist id="overwrite" items={threeSteps} />);
      await user.click(screen.getByRole('checkbox', { name: '2. Walk' }));
      expect(JSON.parse(localStorage.getItem(key('overwrite'))!)).toEqual({ ids: ['b'] });
    });
  });

  describe('given storage that throws', () => {
    it('keeps working in memory when getItem throws', async () => {
      const user = userEvent.setup();
      const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      try {
        const { unmount } = render(<TipChecklist id="get-throws" items={threeSteps} />);
        await user.click(screen.getByRole('checkbox', { name: '1. Drink water' }));
        expect(screen.getByRole('checkbox', { name: '1. Drink water' })).toBeChecked();
        expect(screen.getByRole('status')).toHaveTextContent('1 of 3 done');
        unmount();
        render(<TipChecklist id="get-throws" items={threeSteps} />);
        expect(screen.getByRole('checkbox', { name: '1. Drink water' })).toBeChecked();
      } finally {
        getItem.mockRestore();
      }
    });

    it('keeps working in memory when setItem throws', async () => {
      const user = userEvent.setup();
      const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new Error('Storage is disabled');
      });
      try {
        render(<TipChecklist id="set-throws" items={threeSteps} />);
        await user.click(screen.getByRole('checkbox', { name: '2. Walk' }));
        await user.click(screen.getByRole('checkbox', { name: '3. Sleep' }));
        expect(screen.getByText('2 of 3 done', notLive)).toBeInTheDocument();
        await user.click(screen.getByRole('checkbox', { name: '2. Walk' }));
        expect(screen.getByRole('checkbox', { name: '2. Walk' })).not.toBeChecked();
        expect(screen.getByRole('checkbox', { name: '3. Sleep' })).toBeChecked();
      } finally {
        setItem.mockRestore();
      }
    });

    it('keeps working when the quota is exceeded, even over ticks stored earlier', async () => {
      const user = userEvent.setup();
      localStorage.setItem(key('quota'), JSON.stringify({ ids: ['a'] }));
      const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      try {
        render(<TipChecklist id="quota" items={threeSteps} />);
        expect(screen.getByRole('checkbox', { name: '1. Drink water' })).toBeChecked();
        await user.click(screen.getByRole('checkbox', { name: '1. Drink water' }));
        // The stale stored value must not win over what the reader just did.
        expect(screen.getByRole('checkbox', { name: '1. Drink water' })).not.toBeChecked();
        expect(screen.getByText('0 of 3 done', notLive)).toBeInTheDocument();
      } finally {
        setItem.mockRestore();
      }
    });

    it('keeps working when window.localStorage itself throws a SecurityError', async () => {
      const user = userEvent.setup();
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      const real = window.localStorage;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
      try {
        expect(() => window.localStorage).toThrow('Access is denied');
        render(<TipChecklist id="no-storage" items={threeSteps} />);
        await user.click(screen.getByRole('checkbox', { name: '3. Sleep' }));
        expect(screen.getByRole('checkbox', { name: '3. Sleep' })).toBeChecked();
        expect(screen.getByRole('status')).toHaveTextContent('1 of 3 done');
      } finally {
        if (own) Object.defineProperty(window, 'localStorage', own);
        else delete (window as { localStorage?: Storage }).localStorage;
      }
      expect(window.localStorage).toBe(real);
    });

    it('keeps two lists apart in memory too', async () => {
      const user = userEvent.setup();
      const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      try {
        render(
          <>
            <TipChecklist id="memory-one" heading="One" items={threeSteps} />
            <TipChecklist id="memory-two" heading="Two" items={threeSteps} />
          </>,
        );
        const [first] = screen.getAllByRole('checkbox', { name: '1. Drink water' });
        await user.click(first!);
        const boxes = screen.getAllByRole('checkbox', { name: '1. Drink water' });
        expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, false]);
      } finally {
        setItem.mockRestore();
      }
    });
  });

  describe('given another tab that changes the same checklist', () => {
    it('follows the storage event', () => {
      render(<TipChecklist id="tabs" items={threeSteps} />);
      act(() => {
        localStorage.setItem(key('tabs'), JSON.stringify({ ids: ['b', 'c'] }));
        window.dispatchEvent(new StorageEvent('storage', { key: key('tabs') }));
      });
      expect(screen.getByRole('checkbox', { name: '2. Walk' })).toBeChecked();
      expect(screen.getByText('2 of 3 done', notLive)).toBeInTheDocument();
    });
  });
});
