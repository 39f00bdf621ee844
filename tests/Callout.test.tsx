import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Callout, type CalloutTone } from 'wellread';
import { ar, es } from 'wellread/locales';

describe('Callout', () => {
  describe.each([
    ['info', 'Information'],
    ['tip', 'Tip'],
    ['caution', 'Important'],
    ['warning', 'Warning'],
  ] as [CalloutTone, string][])('given tone "%s"', (tone, label) => {
    it(`is a note whose text starts with "${label}: "`, () => {
      render(<Callout tone={tone}>Always discuss this with a healthcare professional.</Callout>);
      const note = screen.getByRole('note');
      expect(note.textContent).toBe(`${label}: Always discuss this with a healthcare professional.`);
      expect(note).toHaveAttribute('data-tone', tone);
    });

    it('draws an icon hidden from assistive technology', () => {
      render(<Callout tone={tone}>Text</Callout>);
      const icon = screen.getByRole('note').querySelector('svg');
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon).toHaveAttribute('focusable', 'false');
      expect(icon?.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
    });
  });

  it('reads the label before the title and the content', () => {
    render(
      <Callout tone="caution" title="Probiotic supplements">
        <p>Always discuss this with a healthcare professional.</p>
      </Callout>,
    );
    expect(screen.getByRole('note').textContent).toBe(
      'Important: Probiotic supplementsAlways discuss this with a healthcare professional.',
    );
  });

  it('renders the label and title as a heading when asked, named "Label: Title"', () => {
    render(<Callout tone="tip" title="Start small" headingLevel={3}>Text</Callout>);
    expect(screen.getByRole('heading', { level: 3, name: 'Tip: Start small' })).toBeInTheDocument();
  });

  it('keeps a hidden label in the text for screen readers', () => {
    render(<Callout tone="warning" title="Do not stop antibiotics early" hideLabel>Text</Callout>);
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(/^Warning: Do not stop antibiotics early/);
    expect(note.querySelector('.wr-callout__label')).toBeNull();
    expect(note.querySelector('.wr-visually-hidden')).toHaveTextContent('Warning:');
  });

  it('speaks Spanish and Arabic from wellread/locales', () => {
    const { rerender } = render(<Callout tone="caution" labels={es.articleBlocks}>Texto</Callout>);
    expect(screen.getByRole('note').textContent).toBe('Importante: Texto');
    rerender(<Callout tone="warning" labels={ar.articleBlocks}>نص</Callout>);
    expect(screen.getByRole('note').textContent).toBe('تحذير: نص');
  });

  it('falls back to "info" with a development warning for an unknown tone', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Callout tone={'danger' as CalloutTone}>Text</Callout>);
    expect(screen.getByRole('note')).toHaveAttribute('data-tone', 'info');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown tone "danger"'));
    warn.mockRestore();
  });

  it('passes className, data attributes and ref to the note', () => {
    const ref = createRef<HTMLDivElement>();
    render(<Callout ref={ref} className="site-class" data-testid="callout" id="note-1">Text</Callout>);
    const note = screen.getByTestId('callout');
    expect(ref.current).toBe(note);
    expect(note).toHaveClass('wr-callout', 'site-class');
    expect(note).toHaveAttribute('id', 'note-1');
  });

  it('hydrates the server markup without errors', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = <Callout tone="caution" title="Title">Body</Callout>;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    render(ui, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('Callout given a heading level outside 2–6', () => {
  it.each([
    [1, 'H2'],
    [-3, 'H2'],
    [8, 'H6'],
    [Number.NaN, 'P'],
    [null, 'P'],
  ])('renders level %s as %s', (level, tag) => {
    render(<Callout tone="tip" title="Start small" headingLevel={level as 2}>Text</Callout>);
    expect(screen.getByText('Start small').tagName).toBe(tag);
  });
});

describe('Callout without a title', () => {
  it('renders nothing, not a box with only its label, when it has no content either, and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<Callout />);
    expect(container).toBeEmptyDOMElement();
    rerender(<Callout tone="warning" title="  " headingLevel={3}>{[null, ' ']}</Callout>);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('note')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Callout: no title and no content'));
    warn.mockRestore();
  });

  it('never renders a heading holding only its hidden label', () => {
    const { container } = render(
      <Callout headingLevel={3} hideLabel>
        Drink water.
      </Callout>,
    );
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent('Information: Drink water.');
    expect(container.querySelector('p.wr-callout__title')).toHaveTextContent('Information:');
  });
});
