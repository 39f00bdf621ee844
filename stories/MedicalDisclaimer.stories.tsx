import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { MedicalDisclaimer, type MedicalDisclaimerProps } from 'wellread';
import { es } from 'wellread/locales';

const meta = {
  title: 'Article/MedicalDisclaimer',
  component: MedicalDisclaimer,
  parameters: { wellread: { labels: 'articleBlocks' } },
  // The toolbar's locale arrives as a `locale` arg, which MedicalDisclaimer does not take.
  render: ({ locale: _locale, ...args }: MedicalDisclaimerProps & { locale?: string }) => <MedicalDisclaimer {...args} />,
} satisfies Meta<typeof MedicalDisclaimer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The built-in text; switch the toolbar's locale for Spanish, French, German or Arabic. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('note')).toHaveTextContent(/not medical advice/);
  },
};

/** The site's own text replaces the default; here under an h2. */
export const Custom: Story = {
  args: {
    heading: 'About this information',
    headingLevel: 2,
    children: (
      <>
        <p>
          Wellread Health articles are written by health journalists and reviewed by doctors. They are not a
          substitute for a consultation.
        </p>
        <p>
          If you are worried about your symptoms, contact your doctor or pharmacist. In an emergency, call 112.
        </p>
      </>
    ),
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left, in Arabic. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'ar' } };

/** Default, custom with a heading, and Spanish, side by side. */
export const Variants: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '0 1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>
      <MedicalDisclaimer />
      <MedicalDisclaimer heading="Medical review" headingLevel={2}>
        <p>Reviewed by Dr. Samuel Okafor, MD. Not a substitute for a consultation.</p>
      </MedicalDisclaimer>
      <MedicalDisclaimer lang="es" labels={es.articleBlocks} />
    </div>
  ),
};
