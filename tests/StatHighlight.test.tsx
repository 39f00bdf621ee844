import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { StatHighlight } from 'wellread';
import { de } from 'wellread/locales';

describe('StatHighlight', () => {
  it('puts the figure and its caption in one paragraph, read as one phrase', () => {
    render(<StatHighlight value="70–80%" caption="of your immune system cells reside in your gut." />);
    const statement = screen.getByText(
      (_, element) =>
        element?.tagName === 'P' && element.textContent === '70–80% of your immune system cells reside in your gut.',
    );
    expect(statement.querySelector('strong')).toHaveTextContent(/^70–80%$/);
    expect(statement.querySelectorAll('[aria-hidden], [aria-label]')).toHaveLength(0);
  });

  it('takes the caption from children too (MDX)', () => {
    render(<StatHighlight value="7–9 hours">of sleep a night is the goal for adults.</StatHighlight>);
    expect(screen.getByText('7–9 hours').closest('p')?.textContent).toBe('7–9 hours of sleep a night is the goal for adults.');
  });

  describe('given a source', () => {
    it('links the source by name after the localisable "Source:"', () => {
      render(
        <StatHighlight
          value="70–80%"
          caption="of immune cells"
          source="Vighi et al., 2008"
          sourceUrl="https://doi.org/10.1111/j.1365-2249.2008.03713.x"
        />,
      );
      const link = screen.getByRole('link', { name: 'Vighi et al., 2008' });
      expect(link).toHaveAttribute('href', 'https://doi.org/10.1111/j.1365-2249.2008.03713.x');
      expect(link.closest('p')?.textContent).toBe('Source: Vighi et al., 2008');
    });

    it('names the link by its host when only a URL is given', () => {
      render(<StatHighlight value="1 in 3" caption="adults" sourceUrl="https://www.nhs.uk/conditions/probiotics/" labels={de.articleBlocks} />);
      const link = screen.getByRole('link', { name: 'nhs.uk' });
      expect(link.closest('p')?.textContent).toBe('Quelle: nhs.uk');
    });

    it('drops a dangerous URL but keeps the source name as text', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<StatHighlight value="1" caption="x" source="A study" sourceUrl="javascript:alert(1)" />);
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByText('Source: A study')).toBeInTheDocument();
      expect(warn).toHaveBeenCalled();
      warn.mockRestore();
    });
  });

  it('renders nothing without a figure', () => {
    const { container } = render(<StatHighlight value="" caption="of nothing" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('passes className, data attributes and ref to the root element', () => {
    const ref = createRef<HTMLDivElement>();
    render(<StatHighlight ref={ref} value="70–80%" caption="c" className="site-class" data-testid="stat" />);
    const root = screen.getByTestId('stat');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('wr-stat', 'site-class');
  });

  it('hydrates the server markup without errors', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = <StatHighlight value="70–80%" caption="of immune cells" source="Vighi" sourceUrl="https://example.com" />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    render(ui, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('StatHighlight given a blank source name and a URL', () => {
  it.each(['', '  '])('names the link by its host for source %j, as when the name is left out', (source) => {
    render(<StatHighlight value="1 in 3" caption="adults" source={source} sourceUrl="https://www.nhs.uk/x" />);
    const link = screen.getByRole('link', { name: 'nhs.uk' });
    expect(link).toHaveAttribute('href', 'https://www.nhs.uk/x');
    expect(link.closest('p')?.textContent).toBe('Source: nhs.uk');
  });
});
