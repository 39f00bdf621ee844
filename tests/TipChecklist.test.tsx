import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { es } from 'wellread/locales';
import { TipChecklist, TipChecklistItem, TipChecklistStatic, type TipChecklistItemData } from 'wellread/tip-checklist';
import { seedSteps, seedStepsHeading, seedStepsIntro } from './fixtures/seedSteps';

const FIBER = "1. Embrace Fiber: Your Gut Bugs' Favorite Food.";
const PROBIOTICS = '2. Invite More Probiotics: Friendly Bacteria to the Rescue.';
const HYDRATE = '3. Hydrate, Hydrate, Hydrate!';
// The live region repeats the count; the visible line is the other element with that text.
const notLive = { ignore: '[role="status"], script, style' };

const threeSteps: TipChecklistItemData[] = [
  { id: 'a', title: 'Drink water' },
  { id: 'b', title: 'Walk' },
  { id: 'c', title: 'Sleep' },
];

describe('TipChecklist', () => {
  describe('given the seed article’s seven steps as data', () => {
    it('shows the heading, intro and one checkbox per step, named by its number and title', () => {
      render(<TipChecklist id="seed-a" heading={seedStepsHeading} intro={seedStepsIntro} items={seedSteps} />);
      expect(screen.getByRole('heading', { level: 2, name: seedStepsHeading })).toBeInTheDocument();
      expect(screen.getByText(seedStepsIntro)).toBeInTheDocument();
      const boxes = screen.getAllByRole('checkbox');
      expect(boxes).toHaveLength(7);
      expect(boxes[0]).toHaveAccessibleName(FIBER);
      expect(boxes[6]).toHaveAccessibleName('7. Move Your Body (Gently).');
      for (const box of boxes) expect(box).not.toBeChecked();
    });

    it('names the section after its heading', () => {
      render(<TipChecklist id="seed-b" heading={seedStepsHeading} items={seedSteps} />);
      expect(screen.getByRole('region', { name: seedStepsHeading })).toHaveAttribute('id', 'seed-b');
    });

    it('writes the numbers as text in each step, not only as list styling', () => {
      render(<TipChecklist id="seed-c" items={seedSteps} />);
      const steps = [...screen.getAllByRole('list')[0]!.children];
      expect(steps.map((li) => li.textContent?.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ', '6. ', '7. ']);
    });

    it('shows sub-points with their lead-ins and the caution with a spoken label', () => {
      render(<TipChecklist id="seed-d" items={seedSteps} />);
      for (const lead of ['Focus on:', 'Consider:', 'Reduce:', 'Practice:']) {
        expect(screen.getByText(lead).tagName).toBe('STRONG');
      }
      const caution = screen.getByText('Caution:').parentElement!;
      expect(caution).toHaveAttribute('data-tone', 'caution');
      expect(caution).toHaveTextContent(/^Caution: If you're recovering .* always discuss this with a healthcare professional\.$/);
    });

    it('starts counting at `start` and uses the heading level asked for', () => {
      render(<TipChecklist id="seed-e" heading="More steps" headingLevel={3} start={4} items={threeSteps} />);
      expect(screen.getByRole('heading', { level: 3, name: 'More steps' })).toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: '4. Drink water' })).toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: '6. Sleep' })).toBeInTheDocument();
      expect(screen.getByRole('list')).toHaveAttribute('start', '4');
    });
  });

  describe('when the reader ticks steps', () => {
    it('ticks and unticks with the mouse, updating the progress and announcing it', async () => {
      const user = userEvent.setup();
      render(<TipChecklist id="mouse" items={seedSteps} />);
      const status = screen.getByRole('status');
      expect(screen.getByText('0 of 7 done', notLive)).toBeInTheDocument();
      expect(status).toBeEmptyDOMElement();

      await user.click(screen.getByRole('checkbox', { name: FIBER }));
      await user.click(screen.getByRole('checkbox', { name: HYDRATE }));
      expect(screen.getByRole('checkbox', { name: FIBER })).toBeChecked();
      expect(screen.getByText('2 of 7 done', notLive)).toBeInTheDocument();
      expect(status).toHaveTextContent('2 of 7 done');
      expect(screen.getByRole('checkbox', { name: FIBER }).closest('li')).toHaveAttribute('data-state', 'checked');

      await user.click(screen.getByRole('checkbox', { name: FIBER }));
      expect(screen.getByRole('checkbox', { name: FIBER })).not.toBeChecked();
      expect(status).toHaveTextContent('1 of 7 done');
    });

    it('ticks when the step’s title is clicked', async () => {
      const user = userEvent.setup();
      render(<TipChecklist id="title-click" items={seedSteps} />);
      await user.click(screen.getByText("Embrace Fiber: Your Gut Bugs' Favorite Food.", { exact: false }));
      expect(screen.getByRole('checkbox', { name: FIBER })).toBeChecked();
    });

    it('works from the keyboard alone: Tab to a step, Space to tick and untick', async () => {
      const user = userEvent.setup();
      render(<TipChecklist id="keys" items={seedSteps} />);
      await user.tab();
      expect(screen.getByRole('checkbox', { name: FIBER })).toHaveFocus();
      await user.tab();
      expect(screen.getByRole('checkbox', { name: PROBIOTICS })).toHaveFocus();
      await user.keyboard(' ');
      expect(screen.getByRole('checkbox', { name: PROBIOTICS })).toBeChecked();
      expect(screen.getByRole('status')).toHaveTextContent('1 of 7 done');
      await user.keyboard(' ');
      expect(screen.getByRole('checkbox', { name: PROBIOTICS })).not.toBeChecked();
      expect(screen.getByRole('status')).toHaveTextContent('0 of 7 done');
    });

    it('clears every tick with the reset button and announces it', async () => {
      const user = userEvent.setup();
      render(<TipChecklist id="reset" items={threeSteps} />);
      await user.click(screen.getByRole('checkbox', { name: '1. Drink water' }));
      await user.click(screen.getByRole('checkbox', { name: '3. Sleep' }));
      await user.click(screen.getByRole('button', { name: 'Reset progress' }));
      for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
      expect(screen.getByRole('status')).toHaveTextContent('0 of 3 done');
      expect(JSON.parse(localStorage.getItem('wellread:tip-checklist:reset')!)).toEqual({ ids: [] });
    });

    it('shows and announces the complete message once every step is ticked', async () => {
      const user = userEvent.setup();
      render(<TipChecklist id="complete" items={threeSteps} completeMessage="All done. Well done!" />);
      expect(screen.queryByText('All done. Well done!', notLive)).not.toBeInTheDocument();
      for (const box of screen.getAllByRole('checkbox')) await user.click(box);
      expect(screen.getByText('All done. Well done!', notLive)).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent('3 of 3 done. All done. Well done!');
      await user.click(screen.getByRole('checkbox', { name: '2. Walk' }));
      expect(screen.queryByText('All done. Well done!', notLive)).not.toBeInTheDocument();
    });

    it('calls onCheckedChange with the ticked ids in step order', async () => {
      const user = userEvent.setup();
      const onCheckedChange = vi.fn();
      render(<TipChecklist id="callback" items={threeSteps} onCheckedChange={onCheckedChange} />);
      await user.click(screen.getByRole('checkbox', { name: '3. Sleep' }));
      await user.click(screen.getByRole('checkbox', { name: '1. Drink water' }));
      expect(onCheckedChange).toHaveBeenLastCalledWith(['a', 'c']);
    });
  });

  describe('given a parent that controls the ticks', () => {
    it('shows `checked`, reports changes and stores nothing', async () => {
      const user = userEvent.setup();
      const onCheckedChange = vi.fn();
      render(<TipChecklist id="controlled" items={threeSteps} checked={['b']} onCheckedChange={onCheckedChange} />);
      expect(screen.getByRole('checkbox', { name: '2. Walk' })).toBeChecked();
      await user.click(screen.getByRole('checkbox', { name: '1. Drink water' }));
      expect(onCheckedChange).toHaveBeenCalledWith(['a', 'b']);
      // The parent did not accept the change, so the box stays as the parent says.
      expect(screen.getByRole('checkbox', { name: '1. Drink water' })).not.toBeChecked();
      expect(localStorage.getItem('wellread:tip-checklist:controlled')).toBeNull();
    });

    it('follows the parent’s state when it accepts changes', async () => {
      const user = userEvent.setup();
      function Parent() {
        const [ids, setIds] = useState<string[]>([]);
        return (
          <>
            <p data-testid="ids">{ids.join(',')}</p>
            <TipChecklist id="controlled-parent" items={threeSteps} checked={ids} onCheckedChange={setIds} />
          </>
        );
      }
      render(<Parent />);
      await user.click(screen.getByRole('checkbox', { name: '2. Walk' }));
      expect(screen.getByRole('checkbox', { name: '2. Walk' })).toBeChecked();
      expect(screen.getByTestId('ids')).toHaveTextContent('b');
      expect(screen.getByText('1 of 3 done', notLive)).toBeInTheDocument();
    });
  });

  describe('given defaultChecked', () => {
    it('starts with those steps ticked and ignores unknown ids', () => {
      render(<TipChecklist id="defaults" items={threeSteps} defaultChecked={['c', 'gone']} />);
      expect(screen.getByRole('checkbox', { name: '3. Sleep' })).toBeChecked();
      expect(screen.getByText('1 of 3 done', notLive)).toBeInTheDocument();
    });
  });

  describe('given two checklists on one page', () => {
    it('keeps their ticks apart', async () => {
      const user = userEvent.setup();
      render(
        <>
          <TipChecklist id="morning" heading="Morning" items={threeSteps} />
          <TipChecklist id="evening" heading="Evening" items={threeSteps} />
        </>,
      );
      const morning = within(screen.getByRole('region', { name: 'Morning' }));
      const evening = within(screen.getByRole('region', { name: 'Evening' }));
      await user.click(morning.getByRole('checkbox', { name: '2. Walk' }));
      expect(morning.getByRole('checkbox', { name: '2. Walk' })).toBeChecked();
      expect(evening.getByRole('checkbox', { name: '2. Walk' })).not.toBeChecked();
      expect(evening.getByText('0 of 3 done', notLive)).toBeInTheDocument();
      expect(localStorage.getItem('wellread:tip-checklist:evening')).toBeNull();
    });
  });

  describe('in StrictMode', () => {
    it('ticks, stores and counts once', async () => {
      const user = userEvent.setup();
      const onCheckedChange = vi.fn();
      render(
        <StrictMode>
          <TipChecklist id="strict" items={threeSteps} onCheckedChange={onCheckedChange} />
        </StrictMode>,
      );
      await user.click(screen.getByRole('checkbox', { name: '1. Drink water' }));
      expect(screen.getByRole('checkbox', { name: '1. Drink water' })).toBeChecked();
      expect(screen.getByRole('status')).toHaveTextContent('1 of 3 done');
      expect(onCheckedChange).toHaveBeenCalledTimes(1);
      expect(JSON.parse(localStorage.getItem('wellread:tip-checklist:strict')!)).toEqual({ ids: ['a'] });
    });
  });

  describe('given persist={false} or no id', () => {
    it('keeps ticks in memory only with persist={false}', async () => {
      const user = userEvent.setup();
      render(<TipChecklist id="no-persist" persist={false} items={threeSteps} />);
      await user.click(screen.getByRole('checkbox', { name: '1. Drink water' }));
      expect(screen.getByRole('checkbox', { name: '1. Drink water' })).toBeChecked();
      expect(localStorage.length).toBe(0);
    });

    it('warns in development and stores nothing without an id', async () => {
      const user = userEvent.setup();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<TipChecklist items={threeSteps} />);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('TipChecklist: ticks are only stored for a checklist with an `id`'));
      await user.click(screen.getByRole('checkbox', { name: '1. Drink water' }));
      expect(screen.getByRole('checkbox', { name: '1. Drink water' })).toBeChecked();
      expect(localStorage.length).toBe(0);
      warn.mockRestore();
    });
  });

  describe('given composition with <TipChecklistItem>', () => {
    it('reads direct children and arrays of them, including the TipChecklist.Item alias', async () => {
      const user = userEvent.setup();
      render(
        <TipChecklist id="composed" heading="Composed">
          <TipChecklistItem id="a" title="Drink water" points={[{ label: 'Aim for:', text: 'eight glasses' }]}>
            Little and often.
          </TipChecklistItem>
          <TipChecklist.Item id="b" title="Walk" note={{ tone: 'tip', text: 'Take the stairs.' }} />
          {false}
          {[<TipChecklistItem key="c" id="c" title="Sleep" />]}
        </TipChecklist>,
      );
      expect(screen.getAllByRole('checkbox')).toHaveLength(3);
      expect(screen.getByRole('checkbox', { name: '2. Walk' })).toBeInTheDocument();
      expect(screen.getByText('Little and often.').tagName).toBe('P');
      expect(screen.getByText('Tip:').parentElement).toHaveTextContent('Tip: Take the stairs.');
      await user.click(screen.getByRole('checkbox', { name: '3. Sleep' }));
      expect(JSON.parse(localStorage.getItem('wellread:tip-checklist:composed')!)).toEqual({ ids: ['c'] });
    });
  });

  describe('with collapsible steps', () => {
    it('folds each step’s content in a native <details> whose summary is the title', async () => {
      const user = userEvent.setup();
      render(<TipChecklist id="folded" items={seedSteps} collapsible />);
      const box = screen.getByRole('checkbox', { name: FIBER });
      const details = box.closest('li')!.querySelector('details')!;
      expect(details).not.toHaveAttribute('open');
      // Closed content stays in the DOM, so find-in-page can reach (and open) it.
      expect(details).toHaveTextContent('Focus on:');
      await user.click(within(details).getByText(FIBER.slice(3), { exact: false }));
      expect(details).toHaveAttribute('open');
      // Opening a step does not tick it.
      expect(box).not.toBeChecked();
      await user.click(box);
      expect(box).toBeChecked();
    });

    it('leaves steps without content unfolded', () => {
      render(<TipChecklist id="folded-plain" items={threeSteps} collapsible />);
      expect(document.querySelector('details')).toBeNull();
      expect(screen.getByRole('checkbox', { name: '1. Drink water' })).toBeInTheDocument();
    });
  });

  describe('the static variant', () => {
    it('is a numbered list with all content and nothing to tick, count or reset', () => {
      render(<TipChecklist variant="static" id="static" heading={seedStepsHeading} items={seedSteps} />);
      expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
      expect(screen.queryByRole('status')).not.toBeInTheDocument();
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
      expect(screen.getByRole('region', { name: seedStepsHeading })).toHaveAttribute('data-variant', 'static');
      expect(screen.getByText("Embrace Fiber: Your Gut Bugs' Favorite Food.", { exact: false })).toHaveTextContent(FIBER);
      expect(screen.getByText('Caution:')).toBeInTheDocument();
    });

    it('is also available as TipChecklistStatic', () => {
      const { container } = render(<TipChecklistStatic items={threeSteps} start={2} />);
      expect(container.querySelector('ol')).toHaveAttribute('start', '2');
      expect(screen.getByText('Walk', { exact: false })).toHaveTextContent('3. Walk');
    });
  });

  describe('given bad input', () => {
    it('renders nothing without steps', () => {
      const { container, rerender } = render(<TipChecklist id="empty" items={[]} />);
      expect(container).toBeEmptyDOMElement();
      rerender(<TipChecklist id="empty" />);
      expect(container).toBeEmptyDOMElement();
      rerender(<TipChecklist id="empty" variant="static" items={[]} />);
      expect(container).toBeEmptyDOMElement();
    });

    it('leaves out steps without a unique id, with a warning, and falls back for unknown tones', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const items = [
        { id: 'a', title: 'One', note: { tone: 'shout', text: 'Careful.' } },
        { id: 'a', title: 'Duplicate' },
        { title: 'No id' },
        null,
        { id: 'b', title: 'Two', points: [null, { text: 'A point' }] },
      ] as unknown as TipChecklistItemData[];
      render(<TipChecklist id="bad" items={items} />);
      expect(screen.getAllByRole('checkbox')).toHaveLength(2);
      expect(screen.getByRole('checkbox', { name: '2. Two' })).toBeInTheDocument();
      expect(screen.getByText('Note:').parentElement).toHaveAttribute('data-tone', 'info');
      expect(screen.getByText('A point')).toBeInTheDocument();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('without a unique string `id` was left out'));
      warn.mockRestore();
    });
  });

  describe('localised', () => {
    it('speaks Spanish from wellread/locales', async () => {
      const user = userEvent.setup();
      render(<TipChecklist id="es" items={threeSteps} locale={es.locale} labels={es.tipChecklist} />);
      expect(screen.getByText('0 de 3 completados', notLive)).toBeInTheDocument();
      await user.click(screen.getByRole('checkbox', { name: '1. Drink water' }));
      expect(screen.getByRole('status')).toHaveTextContent('1 de 3 completado');
      expect(screen.getByRole('button', { name: 'Reiniciar progreso' })).toBeInTheDocument();
    });

    it('takes single replaced labels and formats numbers for the locale', () => {
      render(
        <TipChecklist
          id="ar"
          items={threeSteps}
          locale="ar-EG"
          labels={{ progress: { other: 'تم إنجاز {count} من {total}' }, reset: 'إعادة' }}
        />,
      );
      expect(screen.getByText('تم إنجاز ٠ من ٣', notLive)).toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: '١. Drink water' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'إعادة' })).toBeInTheDocument();
    });
  });

  it('passes className, data attributes, density and ref to the section', () => {
    const ref = createRef<HTMLElement>();
    render(<TipChecklist ref={ref} id="root" items={threeSteps} density="compact" className="site" data-testid="tc" />);
    const root = screen.getByTestId('tc');
    expect(ref.current).toBe(root);
    expect(root.tagName).toBe('SECTION');
    expect(root).toHaveClass('wr-tip-checklist', 'site');
    expect(root).toHaveAttribute('data-density', 'compact');
    expect(root).toHaveAttribute('data-variant', 'interactive');
  });
});
