import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ColourTokens, OtherTokens, RadiusScale, SpaceScale, TokenTable, TokensPage, TypeScale } from './tokens/TokenDocs';

/**
 * The design tokens, read from src/tokens.css at build time. The docs page
 * (stories/Tokens.mdx) shows them all; these stories put each section through the
 * story tests (axe in Chromium; the storybook-dark and storybook-rtl projects repeat
 * them in the dark theme and right to left).
 */
const meta = {
  title: 'Foundations/Tokens',
  component: TokensPage,
  tags: ['!autodocs'],
  // The docs page's table of contents lists the sections, not the 28 colour cards.
  parameters: { docs: { toc: { headingSelector: 'h2' } } },
} satisfies Meta<typeof TokensPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every colour with both themes' values and each documented pair's contrast. */
export const Colours: Story = {
  render: () => <ColourTokens />,
  play: async ({ canvas }) => {
    // Generated from the CSS: the text colour and its ratio on the page background are there.
    await expect(canvas.getByRole('heading', { name: '--wr-color-text' })).toBeVisible();
    await expect(canvas.getByRole('list', { name: 'color-text contrast in the light theme' })).toHaveTextContent(
      /on color-bg: \d+\.\d\d:1 \(meets 4\.5:1 for text\)/,
    );
  },
};

export const Typography: Story = { render: () => <TypeScale /> };

export const Spacing: Story = { render: () => <SpaceScale /> };

export const Radius: Story = { render: () => <RadiusScale /> };

export const Other: Story = { render: () => <OtherTokens /> };

/** The compact table the Introduction page shows. */
export const Table: Story = { render: () => <TokenTable /> };
