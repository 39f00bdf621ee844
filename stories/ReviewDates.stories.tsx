import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ReviewDates, type ReviewDatesProps } from 'wellread';

const meta = {
  title: 'Article/ReviewDates',
  component: ReviewDates,
  parameters: { wellread: { labels: 'articleLayout' } },
  args: { lastReviewed: '2026-03-15', nextReview: '2029-03-15', locale: 'en-GB' },
} satisfies Meta<typeof ReviewDates>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Page last reviewed: 15 March 2026 · Next review due: 15 March 2029". Printed with the article. */
export const Default: Story = {
  play: async ({ canvasElement, canvas }) => {
    await expect(canvasElement.textContent).toBe('Page last reviewed: 15 March 2026 · Next review due: 15 March 2029');
    await expect(canvas.getByText('15 March 2029')).toHaveAttribute('datetime', '2029-03-15');
  },
};

/** Only the last review. */
export const LastReviewedOnly: Story = { args: { nextReview: undefined } };

/** The next review date has passed: the line is unchanged, and development builds warn in the console. */
export const Overdue: Story = { args: { lastReviewed: '2022-01-10', nextReview: '2025-01-10' } };

/** US English date order. */
export const UsDates: Story = { args: { locale: 'en-US' } };

/** The states side by side. */
export const Variants: Story = {
  render: (args: ReviewDatesProps) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <ReviewDates {...args} />
      <ReviewDates {...args} nextReview={undefined} />
      <ReviewDates {...args} lastReviewed={undefined} />
      <ReviewDates {...args} locale="en-US" />
    </div>
  ),
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left, in Arabic. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'ar' } };
