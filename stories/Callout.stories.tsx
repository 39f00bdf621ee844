import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Callout, type CalloutProps, type CalloutTone } from 'wellread';

const seedCaution =
  "If you're recovering from illness or have taken antibiotics, a high-quality probiotic supplement might be beneficial, but always discuss this with a healthcare professional.";

const meta = {
  title: 'Article/Callout',
  component: Callout,
  parameters: { wellread: { labels: 'articleBlocks' } },
  args: { tone: 'caution', children: <p>{seedCaution}</p> },
  // The toolbar's locale arrives as a `locale` arg, which Callout does not take.
  render: ({ locale: _locale, ...args }: CalloutProps & { locale?: string }) => <Callout {...args} />,
} satisfies Meta<typeof Callout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed's caution: screen readers hear "Important: If you're recovering…". */
export const Caution: Story = {
  play: async ({ canvas }) => {
    const note = canvas.getByRole('note');
    await expect(note.textContent).toMatch(/^Important: If you're recovering/);
    await expect(note.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  },
};

/** Background information. */
export const Info: Story = {
  args: {
    tone: 'info',
    children: <p>Your gut lining is a major interface with the outside world, and a checkpoint for telling friend from foe.</p>,
  },
};

/** A practical suggestion. */
export const Tip: Story = {
  args: { tone: 'tip', children: <p>Start small with fermented foods and increase your intake gradually.</p> },
};

/** Something that can cause harm. */
export const Warning: Story = {
  args: {
    tone: 'warning',
    children: <p>Do not stop a course of antibiotics early without talking to the doctor who prescribed it.</p>,
  },
};

/** A title after the label; here as an h2 heading named "Important: Probiotic supplements". */
export const WithTitle: Story = {
  args: { title: 'Probiotic supplements', headingLevel: 2 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Important: Probiotic supplements');
  },
};

/** The title says it all visually; the label stays for screen readers. */
export const HiddenLabel: Story = {
  args: { tone: 'tip', title: 'Tip: aim for a rainbow of colours', hideLabel: true, children: <p>Different plants feed different bacteria.</p> },
};

/** Several paragraphs, a list and a link. */
export const LongContent: Story = {
  args: {
    tone: 'info',
    title: 'How probiotics are studied',
    children: (
      <>
        <p>
          Probiotic studies test specific strains at specific doses. A result for one strain does not carry over to
          another, even within the same species, so look for the strain name on the label.
        </p>
        <ul>
          <li>Fermented foods contain varying amounts of live bacteria.</li>
          <li>Supplements list strains and colony-forming units (CFU).</li>
        </ul>
        <p>
          Read more on the <a href="#probiotics">NHS page about probiotics</a>.
        </p>
      </>
    ),
  },
};

/** Dark theme, every tone. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      {(['info', 'tip', 'caution', 'warning'] as CalloutTone[]).map((tone) => (
        <Callout key={tone} tone={tone} title="A title">
          <p>
            Text with <a href="#more">a link</a> on the tone&apos;s background.
          </p>
        </Callout>
      ))}
    </div>
  ),
};

/** Right to left, in Arabic; the label comes from `ar.articleBlocks`. */
export const RightToLeft: Story = {
  args: {
    title: 'مكملات البروبيوتيك',
    children: <p>إذا كنت تتعافى من مرض أو تناولت مضادات حيوية، فقد تفيدك مكملات البروبيوتيك، لكن ناقش ذلك دائمًا مع مختص في الرعاية الصحية.</p>,
  },
  globals: { dir: 'rtl', locale: 'ar' },
};

/** Every tone, with and without a title, side by side. */
export const Variants: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '0 1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>
      {(['info', 'tip', 'caution', 'warning'] as CalloutTone[]).flatMap((tone) => [
        <Callout key={`${tone}-plain`} tone={tone}>
          <p>Label only, then the text.</p>
        </Callout>,
        <Callout key={`${tone}-title`} tone={tone} title="With a title">
          <p>Label, title, then the text.</p>
        </Callout>,
      ])}
    </div>
  ),
  play: async ({ canvas }) => {
    const labels = canvas.getAllByRole('note').map((note) => note.textContent?.split(':')[0]);
    await expect(labels).toEqual(['Information', 'Information', 'Tip', 'Tip', 'Important', 'Important', 'Warning', 'Warning']);
  },
};
