import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import type { CSSProperties, ReactNode } from 'react';
import { ReadingProgress, type ReadingProgressProps } from 'wellread';

function LongArticle({ children, id }: { children?: ReactNode; id?: string }) {
  return (
    <article id={id} aria-label="Sample article" style={{ maxInlineSize: '40rem' }}>
      {children}
      {Array.from({ length: 24 }, (_, i) => (
        <p key={i}>
          Paragraph {i + 1}. The bar at the top of the window fills as you scroll through this article. It is decorative:
          screen readers skip it, and it is not printed.
        </p>
      ))}
    </article>
  );
}

const meta = {
  title: 'Article/ReadingProgress',
  component: ReadingProgress,
  parameters: { layout: 'fullscreen' },
  render: (args: ReadingProgressProps) => (
    <LongArticle>
      <ReadingProgress {...args} />
    </LongArticle>
  ),
} satisfies Meta<typeof ReadingProgress>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Measures the article it sits in. Scroll the canvas to see it fill. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.wr-progress')).toHaveAttribute('aria-hidden', 'true');
    const bar = canvasElement.querySelector<HTMLElement>('.wr-progress__bar')!;
    const view = canvasElement.ownerDocument.defaultView!;
    view.scrollTo(0, 0);
    await waitFor(() => expect(bar.style.getPropertyValue('--wr-progress')).toBe('0'));
    view.scrollTo(0, canvasElement.ownerDocument.documentElement.scrollHeight);
    await waitFor(() => expect(Number(bar.style.getPropertyValue('--wr-progress'))).toBeGreaterThan(0.5));
    view.scrollTo(0, 0);
  },
};

/** Measures another element, named by a selector. */
export const WithSelector: Story = {
  args: { target: '#story-article' },
  render: (args: ReadingProgressProps) => (
    <>
      <ReadingProgress {...args} />
      <LongArticle id="story-article" />
    </>
  ),
};

/** Thicker, through the `--wr-progress-size` custom property. */
export const Thick: Story = {
  args: { style: { '--wr-progress-size': '8px' } as CSSProperties },
};

/** Default and thick bars (the thick one is offset so both show). */
export const Variants: Story = {
  render: (args: ReadingProgressProps) => (
    <LongArticle>
      <ReadingProgress {...args} />
      <ReadingProgress {...args} style={{ '--wr-progress-size': '8px', insetBlockStart: '8px' } as CSSProperties} />
    </LongArticle>
  ),
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left: the bar fills from the right. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'ar' } };
