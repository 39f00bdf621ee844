import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Cite, referenceNumber, References } from 'wellread';
import { ar } from 'wellread/locales';
import { prefixed, sources } from './sources';

const meta = {
  title: 'Article/Cite',
  component: Cite,
  args: { id: 'vighi-2008', references: sources },
  // A citation links to its source: every story puts the References it points to on the page.
  render: (args) => (
    <>
      <p>
        A staggering 70-80% of your immune system cells actually reside in your gut.
        <Cite {...args} />
      </p>
      <References references={sources} />
    </>
  ),
} satisfies Meta<typeof Cite>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The number comes from the source's place in `references`; the link goes to its entry and back. */
export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    const cite = canvas.getByRole('link', { name: '[1]' });
    await expect(cite).toHaveAttribute('href', '#ref-vighi-2008');
    await expect(cite).toHaveAttribute('id', 'cite-vighi-2008-1');
    await expect(cite.parentElement?.tagName).toBe('SUP');
    await expect(canvasElement.querySelector('#ref-vighi-2008')).not.toBeNull();
    await expect(canvas.getByRole('link', { name: 'Back to citation 1' })).toHaveAttribute('href', '#cite-vighi-2008-1');
  },
};

/** An explicit `number`, e.g. from `referenceNumber(sources, id)` computed once. */
export const WithNumber: Story = {
  args: { id: 'belkaid-2014', number: referenceNumber(sources, 'belkaid-2014'), references: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: '[2]' })).toHaveAttribute('href', '#ref-belkaid-2014');
  },
};

/** A source cited twice: the second citation takes `occurrence={2}`, so each ↩ returns to its own spot. */
export const SecondOccurrence: Story = {
  render: () => (
    <>
      <p>
        If you&apos;re recovering from illness or have taken antibiotics, a high-quality probiotic supplement might be
        beneficial,
        <Cite id="nhs-probiotics" references={sources} /> but always discuss this with a healthcare professional.
        <Cite id="nhs-probiotics" references={sources} occurrence={2} />
      </p>
      <References references={sources} />
    </>
  ),
  play: async ({ canvas }) => {
    const cites = canvas.getAllByRole('link', { name: '[4]' });
    await expect(cites.map((cite) => cite.id)).toEqual(['cite-nhs-probiotics-1', 'cite-nhs-probiotics-2']);
    await expect(canvas.getByRole('link', { name: 'Back to citation 4.2' })).toHaveAttribute('href', '#cite-nhs-probiotics-2');
  },
};

/** A source missing from the list renders nothing (with a development warning), never "[undefined]". */
export const UnknownSource: Story = {
  args: { id: 'not-in-the-list' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('sup')).toBeNull();
    await expect(canvasElement.textContent).not.toMatch(/\[(undefined|NaN|0|-1)\]/);
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** Right to left, in Arabic: the superscript follows the text direction. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'ar' },
  render: (args) => (
    <>
      <p>
        يوجد ما بين 70 و80% من خلايا جهازك المناعي في أمعائك.
        <Cite {...args} />
      </p>
      <References references={sources} locale="ar" labels={ar.articleBlocks} />
    </>
  ),
};

/** Each way to number a citation, and a repeated one, side by side with the list they point to. */
export const Variants: Story = {
  render: () => {
    const list = prefixed('variants-');
    return (
      <>
        <ul>
          <li>
            Number from <code>references</code>
            <Cite id="variants-vighi-2008" references={list} />
          </li>
          <li>
            Explicit <code>number</code>
            <Cite id="variants-belkaid-2014" number={referenceNumber(list, 'variants-belkaid-2014')} />
          </li>
          <li>
            First citation of a source
            <Cite id="variants-nhs-probiotics" references={list} />
          </li>
          <li>
            Second citation of it
            <Cite id="variants-nhs-probiotics" references={list} occurrence={2} />
          </li>
        </ul>
        <References references={list} />
      </>
    );
  },
  play: async ({ canvas }) => {
    const cites = canvas.getAllByRole('link', { name: /^\[\d\]$/ });
    await expect(cites.map((cite) => cite.textContent)).toEqual(['[1]', '[2]', '[4]', '[4]']);
    await expect(cites.map((cite) => cite.getAttribute('href'))).toEqual([
      '#ref-variants-vighi-2008',
      '#ref-variants-belkaid-2014',
      '#ref-variants-nhs-probiotics',
      '#ref-variants-nhs-probiotics',
    ]);
  },
};
