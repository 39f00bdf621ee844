import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ReadingTime } from 'wellread';

const meta = {
  title: 'Components/ReadingTime',
  component: ReadingTime,
  parameters: { wellread: { labels: 'readingTime' } },
  args: { minutes: 7 },
} satisfies Meta<typeof ReadingTime>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed article's line: "7 min read". */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/7/)).toHaveAttribute('datetime', 'PT7M');
  },
};

/** One minute uses the singular form where the language has one. */
export const OneMinute: Story = { args: { minutes: 1 } };

/** Computed from the text at 200 words a minute. */
export const FromText: Story = {
  args: { minutes: undefined, text: 'word '.repeat(1386) },
};

/** Chinese is counted in characters (255 a minute). */
export const Chinese: Story = {
  args: { minutes: undefined, text: '肠道健康与免疫系统'.repeat(120), locale: 'zh' },
};

/** A site's own wording through `format`. */
export const CustomFormat: Story = {
  args: { minutes: 12, format: (minutes: number) => `Reading time: ${minutes} minutes` },
};

/** Spanish, French, German and Arabic from `wellread/locales`. */
export const Variants: Story = {
  render: () => (
    <ul style={{ display: 'grid', gap: '0.5rem', listStyle: 'none', padding: 0 }}>
      <li><ReadingTime minutes={1} /></li>
      <li><ReadingTime minutes={7} /></li>
      <li lang="es"><ReadingTime minutes={7} locale="es" labels={{ minutes: { other: '{count} min de lectura' } }} /></li>
      <li lang="ar" dir="rtl"><ReadingTime minutes={2} locale="ar" labels={{ minutes: { two: 'دقيقتان للقراءة', other: '{count} دقيقة للقراءة' } }} /></li>
      <li lang="ar" dir="rtl"><ReadingTime minutes={7} locale="ar-EG" labels={{ minutes: { few: '{count} دقائق للقراءة', other: '{count} دقيقة للقراءة' } }} /></li>
    </ul>
  ),
};
