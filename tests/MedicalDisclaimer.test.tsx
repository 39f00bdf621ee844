import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { MedicalDisclaimer } from 'wellread';
import { es } from 'wellread/locales';

describe('MedicalDisclaimer', () => {
  describe('given no text of the site', () => {
    it('says it is information only, not medical advice, and to talk to a professional', () => {
      render(<MedicalDisclaimer />);
      const note = screen.getByRole('note');
      expect(note).toHaveTextContent(/^Medical disclaimer/);
      expect(note).toHaveTextContent(/for general information only and is not medical advice/);
      expect(note).toHaveTextContent(/Talk to a doctor or another healthcare professional/);
    });

    it('speaks Spanish from wellread/locales', () => {
      render(<MedicalDisclaimer labels={es.articleBlocks} />);
      expect(screen.getByRole('note')).toHaveTextContent(/^Aviso médico/);
      expect(screen.getByRole('note')).toHaveTextContent(/no constituye consejo médico/);
    });
  });

  describe("given the site's own text", () => {
    it('shows the children instead of the default text, under the heading', () => {
      render(
        <MedicalDisclaimer heading="Before you change your diet" headingLevel={2}>
          <p>Our articles are reviewed by doctors but cannot replace a consultation.</p>
        </MedicalDisclaimer>,
      );
      expect(screen.getByRole('heading', { level: 2, name: 'Before you change your diet' })).toBeInTheDocument();
      expect(screen.getByText(/cannot replace a consultation/)).toBeInTheDocument();
      expect(screen.queryByText(/not medical advice/)).toBeNull();
    });
  });

  it("sets a plain-text replacement in the disclaimer's paragraph", () => {
    render(<MedicalDisclaimer>Not a substitute for professional medical advice.</MedicalDisclaimer>);
    const text = screen.getByText('Not a substitute for professional medical advice.');
    expect(text.tagName).toBe('P');
    expect(text).toHaveClass('wr-disclaimer__text');
  });

  it('passes className, data attributes and ref to the note', () => {
    const ref = createRef<HTMLDivElement>();
    render(<MedicalDisclaimer ref={ref} className="site-class" data-testid="disclaimer" />);
    const note = screen.getByTestId('disclaimer');
    expect(ref.current).toBe(note);
    expect(note).toHaveClass('wr-disclaimer', 'site-class');
  });

  it('hydrates the server markup without errors', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = <MedicalDisclaimer />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    render(ui, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('MedicalDisclaimer given a blank heading', () => {
  it.each(['', ' '])('shows the default heading for %j', (heading) => {
    render(<MedicalDisclaimer heading={heading} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Medical disclaimer' })).toBeInTheDocument();
  });
});

describe('MedicalDisclaimer given a heading level outside 2–6', () => {
  it.each([
    [1, 'H2'],
    [7, 'H6'],
    [Number.NaN, 'P'],
    ['3', 'P'],
  ])('renders level %s as %s', (level, tag) => {
    render(<MedicalDisclaimer headingLevel={level as 2} />);
    expect(screen.getByText('Medical disclaimer').tagName).toBe(tag);
  });
});

describe('MedicalDisclaimer given blank text', () => {
  it('shows the default text, never a blank paragraph, and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<MedicalDisclaimer>{'  '}</MedicalDisclaimer>);
    expect(screen.getByRole('note')).toHaveTextContent(/^Medical disclaimer\s*This article is for general information only/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('MedicalDisclaimer: the text is blank'));
    for (const blank of ['', [null, ' '], false]) {
      rerender(<MedicalDisclaimer>{blank}</MedicalDisclaimer>);
      expect(screen.getByText(/^This article is for general information only/).tagName).toBe('P');
    }
    warn.mockRestore();
  });
});
