import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Byline, ReadingTime, type BylineProps } from 'wellread';
import maya from './assets/avatar-maya.svg?no-inline';
import tom from './assets/avatar-tom.svg?no-inline';

const meta = {
  title: 'Article/Byline',
  component: Byline,
  parameters: { wellread: { labels: 'articleLayout' } },
  args: {
    authors: { name: 'Maya Lindqvist', href: '#maya', avatar: { src: maya, width: 80, height: 80 } },
    reviewers: { name: 'Dr. Samuel Okafor', href: '#samuel', credentials: 'MD, gastroenterologist' },
    published: '2026-09-14',
    updated: '2026-11-02',
  },
} satisfies Meta<typeof Byline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Author with portrait, medical reviewer with credentials, and the dates as `<time>`. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Maya Lindqvist' })).toHaveAttribute('rel', 'author');
    await expect(canvas.getByText('September 14, 2026')).toHaveAttribute('datetime', '2026-09-14');
  },
};

/** Two authors, two portraits. */
export const SeveralAuthors: Story = {
  args: {
    authors: [
      { name: 'Maya Lindqvist', href: '#maya', avatar: { src: maya, width: 80, height: 80 } },
      { name: 'Tom Reyes', avatar: { src: tom, width: 80, height: 80 } },
    ],
  },
};

/** Only the medical review. */
export const ReviewerOnly: Story = {
  args: { authors: undefined, published: undefined, updated: undefined },
};

/** Only dates, with a reading time as an extra meta item. */
export const DatesAndMeta: Story = {
  args: { authors: undefined, reviewers: undefined, meta: <ReadingTime minutes={7} /> },
};

/** British dates: "14 September 2026". */
export const BritishDates: Story = {
  args: { locale: 'en-GB' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('14 September 2026')).toBeVisible();
  },
};

/** Bad input: a `javascript:` profile link becomes plain text and an invalid date is left out. */
export const HostileInput: Story = {
  args: { authors: { name: 'Mallory', href: 'javascript:alert(1)' }, updated: '2026-13-45' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.queryByRole('link', { name: 'Mallory' })).toBeNull();
    await expect(canvasElement.textContent).not.toMatch(/Invalid|Updated/);
  },
};

/** The states side by side. */
export const Variants: Story = {
  render: (args: BylineProps) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <Byline {...args} />
      <Byline {...args} authors={[{ name: 'Maya Lindqvist', avatar: { src: maya, width: 80, height: 80 } }, { name: 'Tom Reyes', avatar: { src: tom, width: 80, height: 80 } }]} />
      <Byline {...args} authors={{ name: 'Maya Lindqvist' }} reviewers={undefined} updated={undefined} />
      <Byline reviewers={args.reviewers} locale={args.locale} labels={args.labels} />
      <Byline published={args.published} meta={<ReadingTime minutes={7} />} locale={args.locale} labels={args.labels} />
    </div>
  ),
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left, in Arabic. */
export const RightToLeft: Story = {
  args: {
    authors: [{ name: 'مايا ليندكفيست', avatar: { src: maya, width: 80, height: 80 } }, { name: 'توم رييس' }],
    reviewers: { name: 'د. صموئيل أوكافور', credentials: 'طبيب' },
  },
  globals: { dir: 'rtl', locale: 'ar' },
};
