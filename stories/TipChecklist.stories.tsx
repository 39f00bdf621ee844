import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { TipChecklist, TipChecklistItem, type TipChecklistItemData } from 'wellread';
import { seedSteps, seedStepsHeading, seedStepsIntro } from '../tests/fixtures/seedSteps';

const FIBER = "1. Embrace Fiber: Your Gut Bugs' Favorite Food.";
const PROBIOTICS = '2. Invite More Probiotics: Friendly Bacteria to the Rescue.';
const HYDRATE = '3. Hydrate, Hydrate, Hydrate!';
const allIds = seedSteps.map((step) => step.id);

/**
 * Every story that stores ticks has an id of its own, and each starts from a clean slate
 * (play functions tick steps; a story must look the same every time it is opened).
 */
const meta = {
  title: 'Components/TipChecklist',
  component: TipChecklist,
  parameters: { wellread: { labels: 'tipChecklist' } },
  args: {
    id: 'story-seed',
    heading: seedStepsHeading,
    intro: seedStepsIntro,
    items: seedSteps,
    completeMessage: 'All seven done. Your gut thanks you!',
  },
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('wellread:tip-checklist:story-')) localStorage.removeItem(key);
    }
  },
} satisfies Meta<typeof TipChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed article's seven steps, in full. Tick by click or with Space; the count is announced. */
export const SeedSteps: Story = {
  play: async ({ canvas }) => {
    const status = canvas.getByRole('status');
    await expect(status).toBeEmptyDOMElement();
    await userEvent.click(canvas.getByRole('checkbox', { name: FIBER }));
    await expect(canvas.getByRole('checkbox', { name: FIBER })).toBeChecked();
    await expect(status).toHaveTextContent('1 of 7 done');

    canvas.getByRole('checkbox', { name: HYDRATE }).focus();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('checkbox', { name: HYDRATE })).toBeChecked();
    await expect(canvas.getByText('2 of 7 done', { ignore: '[role="status"]' })).toBeVisible();
    await expect(status).toHaveTextContent('2 of 7 done');

    await userEvent.click(canvas.getByRole('checkbox', { name: FIBER }));
    await expect(status).toHaveTextContent('1 of 7 done');
    await expect(JSON.parse(localStorage.getItem('wellread:tip-checklist:story-seed')!)).toEqual({ ids: ['hydrate'] });
  },
};

/** `variant="static"`: the numbered steps alone, no checkboxes and no client code. */
export const Static: Story = {
  args: { variant: 'static', id: 'story-static' },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('checkbox')).not.toBeInTheDocument();
    await expect(canvas.getByText('Caution:')).toBeVisible();
  },
};

/** `density="compact"`: less space between and inside the steps. */
export const Compact: Story = {
  args: { density: 'compact', id: 'story-compact' },
};

/**
 * `collapsible`: each step's content folds under its title in a native `<details>`. The
 * content stays in the page, so find-in-page reaches it, and it prints unfolded.
 */
export const Collapsible: Story = {
  args: { collapsible: true, id: 'story-collapsible' },
  play: async ({ canvas }) => {
    const caution = canvas.getByText('Caution:');
    await expect(caution).not.toBeVisible();
    await userEvent.click(canvas.getByText(PROBIOTICS.slice(3)));
    await expect(caution).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: PROBIOTICS })).not.toBeChecked();
    await userEvent.click(canvas.getByRole('checkbox', { name: PROBIOTICS }));
    await expect(canvas.getByText('1 of 7 done', { ignore: '[role="status"]' })).toBeVisible();
  },
};

/** Every step ticked: the complete message shows. */
export const AllDone: Story = {
  args: { id: 'story-all-done', persist: false, defaultChecked: allIds },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('7 of 7 done', { ignore: '[role="status"]' })).toBeVisible();
    await expect(canvas.getByText('All seven done. Your gut thanks you!')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Reset progress' }));
    for (const box of canvas.getAllByRole('checkbox')) await expect(box).not.toBeChecked();
    await expect(canvas.getByRole('status')).toHaveTextContent('0 of 7 done');
  },
};

const arabicSteps: TipChecklistItemData[] = [
  {
    id: 'fiber',
    title: 'تناول الألياف: الغذاء المفضل لبكتيريا أمعائك.',
    description: 'الألياف، وخاصة القابلة للذوبان، غذاء للبكتيريا النافعة في أمعائك.',
    points: [{ label: 'ركّز على:', text: 'الفواكه والخضروات والحبوب الكاملة والبقوليات والمكسرات والبذور.' }],
  },
  {
    id: 'probiotics',
    title: 'أكثر من البروبيوتيك: بكتيريا صديقة للنجدة.',
    points: [{ label: 'جرّب:', text: 'اللبن والكفير والمخللات المخمّرة، وابدأ بكميات صغيرة.' }],
    note: { tone: 'caution', text: 'ناقش دائمًا مكملات البروبيوتيك مع أخصائي رعاية صحية.' },
  },
  { id: 'hydrate', title: 'اشرب الماء، ثم اشرب الماء!', description: 'الماء ضروري لبطانة أمعاء سليمة وهضم سلس.' },
];

/** Arabic, right to left: checkboxes and bars start on the right; numbers and plurals follow `locale`. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'ar' },
  args: {
    id: 'story-rtl',
    heading: 'خطوات عملية لدعم أمعائك',
    intro: undefined,
    items: arabicSteps,
    defaultChecked: ['fiber'],
    completeMessage: undefined,
  },
};

/** Dark theme, with a step ticked and the caution note in view. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { id: 'story-dark', persist: false, defaultChecked: ['fiber', 'hydrate'] },
};

/** A parent owns the ticks (`checked` + `onCheckedChange`); nothing is stored. */
export const Controlled: Story = {
  args: { id: 'story-controlled', onCheckedChange: fn() },
  render: function ControlledChecklist(args) {
    const [checked, setChecked] = useState<string[]>(['stress']);
    return (
      <>
        <p data-testid="parent-state">Parent state: {checked.join(', ') || 'none'}</p>
        <TipChecklist
          {...args}
          checked={checked}
          onCheckedChange={(ids) => {
            setChecked(ids);
            args.onCheckedChange?.(ids);
          }}
        />
      </>
    );
  },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('checkbox', { name: '5. Manage Stress Like a Pro.' })).toBeChecked();
    await userEvent.click(canvas.getByRole('checkbox', { name: FIBER }));
    await expect(args.onCheckedChange).toHaveBeenCalledWith(['fiber', 'stress']);
    await expect(canvas.getByTestId('parent-state')).toHaveTextContent('Parent state: fiber, stress');
    await expect(localStorage.getItem('wellread:tip-checklist:story-controlled')).toBeNull();
  },
};

/** The same markup from `<TipChecklistItem>` children, for content written as JSX. */
export const Composition: Story = {
  args: { id: 'story-composition', items: undefined, heading: 'Three small habits', intro: undefined, start: 1 },
  render: (args) => (
    <TipChecklist {...args}>
      <TipChecklistItem id="water" title="Drink a glass of water with each meal." />
      <TipChecklistItem id="walk" title="Take a ten-minute walk after lunch." points={[{ label: 'Tip:', text: 'Take the stairs.' }]}>
        A gentle walk helps digestion.
      </TipChecklistItem>
      <TipChecklistItem id="screens" title="Put screens away an hour before bed." note={{ tone: 'info', text: 'Reading a book counts.' }} />
    </TipChecklist>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByText('Take a ten-minute walk after lunch.'));
    await expect(canvas.getByRole('checkbox', { name: '2. Take a ten-minute walk after lunch.' })).toBeChecked();
  },
};

const shortSteps = seedSteps.slice(0, 3);

/** Every variant side by side, for designers. */
export const Variants: Story = {
  args: { items: shortSteps, intro: undefined, completeMessage: 'All done!' },
  render: (args) => (
    <div style={{ display: 'grid', gap: '3rem', gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))' }}>
      <TipChecklist {...args} id="story-variant-interactive" persist={false} heading="Interactive" defaultChecked={['fiber']} />
      <TipChecklist {...args} id="story-variant-compact" persist={false} heading="Compact" density="compact" />
      <TipChecklist {...args} id="story-variant-collapsible" persist={false} heading="Collapsible" collapsible />
      <TipChecklist {...args} id="story-variant-done" persist={false} heading="All done" defaultChecked={allIds} />
      <TipChecklist {...args} id="story-variant-static" heading="Static" variant="static" />
      <TipChecklist {...args} id="story-variant-start" heading="Static, from step 4" variant="static" start={4} collapsible />
    </div>
  ),
};
