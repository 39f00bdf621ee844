import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentPropsWithoutRef } from 'react';
import { expect } from 'storybook/test';
import { KeyPoints, KeyPointsItem, type KeyPointsProps } from 'wellread';
import { seedSections } from '../tests/fixtures/seedContent';

const effects = seedSections.suffers.points;
const benefits = seedSections.thriving.points;

const meta = {
  title: 'Article/KeyPoints',
  component: KeyPoints,
  parameters: { wellread: { labels: 'articleBlocks' } },
  args: { items: effects, label: 'Effects of dysbiosis' },
  // The toolbar's locale arrives as a `locale` arg, which KeyPoints does not take.
  render: ({ locale: _locale, ...args }: KeyPointsProps & { locale?: string }) => <KeyPoints {...args} />,
} satisfies Meta<typeof KeyPoints>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed's three effects of dysbiosis, in full, as a plain list in the text. */
export const Dysbiosis: Story = {
  play: async ({ canvas }) => {
    const items = canvas.getAllByRole('listitem');
    await expect(items).toHaveLength(3);
    await expect(items[0]!.textContent).toMatch(/^Chronic Low-Grade Inflammation: An imbalanced gut often leads/);
  },
};

/** The seed's four benefits of a thriving gut, in full. */
export const Benefits: Story = {
  args: { items: benefits, label: 'Benefits of a thriving gut' },
};

/** A "Key points" summary panel with a heading, as at the top of an article. */
export const SummaryBox: Story = {
  args: {
    variant: 'box',
    heading: 'Key points',
    label: undefined,
    items: [
      { lead: 'Most immune cells live in the gut', text: 'About 70–80% of them reside there.' },
      { lead: 'Dysbiosis slows recovery', text: 'through inflammation, poor absorption and fewer protective compounds.' },
      { lead: 'Small daily habits help', text: 'fiber, fermented foods, water, sleep, movement and less stress.' },
    ],
  },
};

/** Written as children with `KeyPointsItem`: the same markup as from data. */
export const FromChildren: Story = {
  args: { items: undefined, label: 'Benefits of a thriving gut' },
  render: ({ locale: _locale, ...args }: KeyPointsProps & { locale?: string }) => (
    <KeyPoints {...args}>
      {benefits.map((point) => (
        <KeyPointsItem key={point.lead} lead={point.lead}>
          {point.text}
        </KeyPointsItem>
      ))}
    </KeyPoints>
  ),
};

/** What MDX produces from a markdown list mapped to KeyPoints: plain `<li>` with `<strong>`. */
export const FromMarkdownList: Story = {
  args: { items: undefined, label: 'Benefits of a thriving gut' },
  render: ({ locale: _locale, ...args }: KeyPointsProps & { locale?: string }) => (
    <KeyPoints {...args}>
      <ul>
        {benefits.slice(0, 2).map((point) => (
          <li key={point.lead}>
            <strong>{point.lead}</strong> {point.text}
          </li>
        ))}
      </ul>
    </KeyPoints>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('ul')).toHaveLength(1);
  },
};

// A site's mdx-components.tsx maps markdown's `ul` and `li` to its own components, as here.
const SiteUl = (props: ComponentPropsWithoutRef<'ul'>) => <ul className="docs-ul" {...props} />;
const SiteLi = (props: ComponentPropsWithoutRef<'li'>) => <li className="docs-li" {...props} />;

/**
 * What MDX produces from a markdown list when the site maps `ul` and `li` to its own components:
 * KeyPoints takes the items out of the site's list, so lists never nest.
 */
export const FromMdx: Story = {
  args: { items: undefined, label: 'Benefits of a thriving gut' },
  render: ({ locale: _locale, ...args }: KeyPointsProps & { locale?: string }) => (
    <KeyPoints {...args}>
      <SiteUl>
        {'\n'}
        {benefits.slice(0, 3).map((point) => [
          <SiteLi key={point.lead}>
            <strong>{point.lead}</strong> {point.text}
          </SiteLi>,
          '\n',
        ])}
      </SiteUl>
    </KeyPoints>
  ),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelectorAll('ul')).toHaveLength(1);
    await expect(canvasElement.querySelector('ul > :not(li)')).toBeNull();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { variant: 'box', heading: 'Effects of dysbiosis', label: undefined },
  globals: { theme: 'dark' },
};

/** Right to left, in Arabic; the separator comes from `ar.articleBlocks`. */
export const RightToLeft: Story = {
  args: {
    variant: 'box',
    heading: 'النقاط الرئيسية',
    label: undefined,
    items: [
      { lead: 'الالتهاب المزمن منخفض الدرجة', text: 'قد يؤدي اختلال توازن الأمعاء إلى ما يسمى «الأمعاء المتسربة».' },
      { lead: 'ضعف امتصاص العناصر الغذائية', text: 'قد لا تمتص الأمعاء غير السليمة كل ما يحتاجه جسمك للتعافي.' },
    ],
  },
  globals: { dir: 'rtl', locale: 'ar' },
};

/** Both variants, with and without heading, side by side. */
export const Variants: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>
      <KeyPoints variant="list" heading="List with heading" items={effects.slice(0, 2)} />
      <KeyPoints variant="box" heading="Box with heading" items={benefits.slice(0, 2)} />
      <KeyPoints variant="list" label="List without heading" items={[{ lead: 'Hydrate', text: 'Water keeps things moving.' }, { text: 'A point without a lead-in.' }]} />
      <KeyPoints variant="box" label="Box without heading" items={[{ lead: 'Sleep', text: 'Aim for 7–9 hours a night.' }]} />
    </div>
  ),
};
