import { render, screen, within } from '@testing-library/react';
import { createRef, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { KeyPoints, KeyPointsItem } from 'wellread';
import { fr } from 'wellread/locales';

const dysbiosis = [
  {
    lead: 'Chronic Low-Grade Inflammation:',
    text: 'An imbalanced gut often leads to a phenomenon sometimes called "leaky gut" (increased intestinal permeability).',
  },
  {
    lead: 'Poor Nutrient Absorption:',
    text: "Even if you're eating a healthy diet, an unhappy gut might not be absorbing all the vital nutrients your body needs to heal and rebuild.",
  },
];

describe('KeyPoints', () => {
  describe('given the points as data', () => {
    it('shows each lead-in in <strong> followed by its text, so copying keeps "Lead: text"', () => {
      render(<KeyPoints items={dysbiosis} heading="Effects of dysbiosis" />);
      const list = screen.getByRole('list');
      const items = within(list).getAllByRole('listitem');
      expect(items).toHaveLength(2);
      expect(items[0]).toHaveTextContent(/^Chronic Low-Grade Inflammation: An imbalanced gut often leads/);
      expect(items[0]!.querySelector('strong')).toHaveTextContent(/^Chronic Low-Grade Inflammation:$/);
      expect(screen.getByRole('heading', { level: 2, name: 'Effects of dysbiosis' })).toBeInTheDocument();
    });

    it('adds the separator only when a text lead-in has no punctuation of its own', () => {
      render(
        <KeyPoints
          items={[
            { lead: 'Hydrate', text: 'Water keeps things moving.' },
            { lead: 'Sleep!', text: 'Aim for 7-9 hours.' },
            { text: 'A point without a lead-in.' },
          ]}
        />,
      );
      const [first, second, third] = screen.getAllByRole('listitem');
      expect(first).toHaveTextContent('Hydrate: Water keeps things moving.');
      expect(second).toHaveTextContent('Sleep! Aim for 7-9 hours.');
      expect(third).toHaveTextContent(/^A point without a lead-in\.$/);
      expect(third!.querySelector('strong')).toBeNull();
    });

    it('uses the French separator from wellread/locales', () => {
      render(<KeyPoints items={[{ lead: 'Sommeil', text: 'Visez 7 à 9 heures.' }]} labels={fr.articleBlocks} />);
      expect(screen.getByRole('listitem').textContent).toBe('Sommeil\u202f: Visez 7 à 9 heures.');
    });

    it('takes an empty separator as written: no separator at all', () => {
      render(<KeyPoints items={[{ lead: 'Sleep', text: 'Aim for 7–9 hours.' }]} labels={{ leadSeparator: '' }} />);
      expect(screen.getByRole('listitem').textContent).toBe('Sleep Aim for 7–9 hours.');
    });

    it('names the list with `label` when there is no heading', () => {
      render(<KeyPoints items={dysbiosis} label="Key points" />);
      expect(screen.getByRole('list', { name: 'Key points' })).toBeInTheDocument();
      expect(screen.queryByRole('heading')).toBeNull();
    });

    it('skips holes in the data', () => {
      render(<KeyPoints items={[null, dysbiosis[0]] as unknown as typeof dysbiosis} />);
      expect(screen.getAllByRole('listitem')).toHaveLength(1);
    });

    it('renders nothing for an empty list', () => {
      const { container } = render(<KeyPoints items={[]} heading="Key points" />);
      expect(container).toBeEmptyDOMElement();
    });
  });

  describe('given the points as children', () => {
    it('renders the same markup from KeyPointsItem children as from data', () => {
      const fromData = renderToString(<KeyPoints items={dysbiosis} heading="Effects" headingLevel={3} />);
      const fromChildren = renderToString(
        <KeyPoints heading="Effects" headingLevel={3}>
          {dysbiosis.map((point) => (
            <KeyPointsItem key={point.lead} lead={point.lead}>
              {point.text}
            </KeyPointsItem>
          ))}
        </KeyPoints>,
      );
      expect(fromChildren).toBe(fromData);
      expect(fromData).toContain('<h3 class="wr-key-points__heading">Effects</h3>');
    });

    it('takes plain <li> items, as MDX passes them, and gives them the item class', () => {
      render(
        <KeyPoints>
          <li>
            <strong>Optimal Nutrient Uptake:</strong> A healthy gut is efficient.
          </li>
          <li className="site">Enhanced Resilience.</li>
        </KeyPoints>,
      );
      const items = screen.getAllByRole('listitem');
      expect(items[0]).toHaveClass('wr-key-points__item');
      expect(items[0]).toHaveTextContent('Optimal Nutrient Uptake: A healthy gut is efficient.');
      expect(items[1]).toHaveClass('wr-key-points__item', 'site');
    });

    it('unwraps a markdown list passed as one <ul>, so lists never nest', () => {
      const { container } = render(
        <KeyPoints>
          {'\n'}
          <ul>
            <li>
              <strong>Reduced Inflammation, Faster Healing:</strong> Less leakage.
            </li>
            <li>Another point.</li>
          </ul>
          {'\n'}
        </KeyPoints>,
      );
      expect(container.querySelectorAll('ul')).toHaveLength(1);
      expect(screen.getAllByRole('listitem')).toHaveLength(2);
    });

    it('renders nothing without children', () => {
      const { container } = render(<KeyPoints>{null}</KeyPoints>);
      expect(container).toBeEmptyDOMElement();
    });
  });

  it('passes className, data attributes and ref to the root element', () => {
    const ref = createRef<HTMLDivElement>();
    const itemRef = createRef<HTMLLIElement>();
    render(
      <KeyPoints ref={ref} className="site-class" data-testid="kp" variant="box">
        <KeyPointsItem ref={itemRef} lead="A" data-testid="item">
          B
        </KeyPointsItem>
      </KeyPoints>,
    );
    const root = screen.getByTestId('kp');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('wr-key-points', 'site-class');
    expect(root).toHaveAttribute('data-variant', 'box');
    expect(itemRef.current).toBe(screen.getByTestId('item'));
  });

  it('hydrates the server markup without errors', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = <KeyPoints items={dysbiosis} heading="Effects" />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    render(ui, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('KeyPoints given an MDX list with no items', () => {
  it('renders nothing, not an empty list', () => {
    const { container } = render(
      <KeyPoints label="Key points">
        <ul>{'\n'}</ul>
      </KeyPoints>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('KeyPoints given points with neither lead-in nor text', () => {
  it('renders nothing at all, not even the heading, when no point has content', () => {
    const { container } = render(
      <KeyPoints heading="Key points" items={[{ text: '' }, { lead: '', text: null }, { lead: '  ', text: ' ' }]} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('skips the empty points and keeps the others', () => {
    render(<KeyPoints heading="Key points" items={[{ text: '' }, { lead: 'Sleep', text: '' }, { text: 'Drink water' }, { lead: ' ', text: 'Walk daily' }]} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Sleep: ', 'Drink water', 'Walk daily']);
    expect(items[2]!.querySelector('strong')).toBeNull();
  });

  it('shows no heading for a blank one, and names the list by `label`', () => {
    render(<KeyPoints heading="  " label="Key points" items={dysbiosis} />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('list', { name: 'Key points' })).toBeInTheDocument();
  });
});

describe('KeyPoints given a heading level outside 2–6', () => {
  it.each([
    [1, 2],
    [9, 6],
    [Number.NaN, 2],
  ])('renders level %s as an h%s', (level, expected) => {
    render(<KeyPoints heading="Key points" headingLevel={level as 2} items={dysbiosis} />);
    expect(screen.getByRole('heading', { name: 'Key points' }).tagName).toBe(`H${expected}`);
  });
});

// What MDX hands over: a markdown list as `<ul>` with "\n" between the items, or as the site's
// components when mdx-components maps `ul`, `li` and `p` to its own.
const SiteUl = (props: { children?: ReactNode }) => <ul className="docs-ul" {...props} />;
const SiteLi = (props: { children?: ReactNode }) => <li className="docs-li" {...props} />;
// Anything directly in a list but an item (a list in a list, a paragraph) breaks the list for screen readers.
const NOT_AN_ITEM = 'ul > :not(li), ol > :not(li)';

describe('KeyPoints given a markdown list mapped to the site’s `ul` and `li` components', () => {
  const ui = (
    <KeyPoints label="Benefits">
      <SiteUl>
        {'\n'}
        <SiteLi>
          <strong>Optimal Nutrient Uptake:</strong> A healthy gut is efficient.
        </SiteLi>
        {'\n'}
        <SiteLi>Enhanced Resilience.</SiteLi>
        {'\n'}
      </SiteUl>
    </KeyPoints>
  );

  it('takes the items out of the site’s list, so lists never nest', () => {
    const { container } = render(ui);
    expect(container.querySelectorAll('ul')).toHaveLength(1);
    expect(container.querySelector(NOT_AN_ITEM)).toBeNull();
    const items = within(screen.getByRole('list', { name: 'Benefits' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/^Optimal Nutrient Uptake: A healthy gut is efficient\.$/);
    expect(items[0]!.querySelector('strong')).toHaveTextContent(/^Optimal Nutrient Uptake:$/);
    expect(items[0]).toHaveClass('docs-li');
  });

  it('writes one list on the server, and hydrates it without errors', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(container.querySelectorAll('ul')).toHaveLength(1);
    expect(container.querySelector(NOT_AN_ITEM)).toBeNull();
    expect(within(container).getAllByRole('listitem')).toHaveLength(2);
    render(ui, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    container.remove();
  });
});

describe('KeyPoints given children that are not list items', () => {
  it.each([
    ['a <p>', <p>Drink water.</p>],
    ['text', 'Drink water.'],
  ])('makes %s a point of its own, so the list holds only items', (_, child) => {
    const { container } = render(<KeyPoints label="Key points">{child}</KeyPoints>);
    expect(container.querySelector(NOT_AN_ITEM)).toBeNull();
    expect(screen.getByRole('listitem')).toHaveTextContent(/^Drink water\.$/);
  });

  it('keeps KeyPointsItems as they are next to a paragraph', () => {
    const { container } = render(
      <KeyPoints label="Key points">
        <KeyPointsItem lead="Sleep">Aim for 7–9 hours.</KeyPointsItem>
        <KeyPointsItem>Drink water.</KeyPointsItem>
        {'\n'}
        <p>Walk daily.</p>
      </KeyPoints>,
    );
    expect(container.querySelector(NOT_AN_ITEM)).toBeNull();
    expect(container.querySelector('li > li')).toBeNull();
    expect(Array.from(screen.getByRole('list', { name: 'Key points' }).children, (item) => item.textContent)).toEqual([
      'Sleep: Aim for 7–9 hours.',
      'Drink water.',
      'Walk daily.',
    ]);
  });
});

describe('KeyPoints given the site’s own item component', () => {
  // Only `children`, like a component MDX maps: what it renders cannot be known here.
  function Point({ children }: { children?: ReactNode }) {
    return <KeyPointsItem>{children}</KeyPointsItem>;
  }
  const ui = (
    <KeyPoints label="Key points">
      {['Eat fiber.', 'Drink water.', 'Sleep well.'].map((point) => (
        <Point key={point}>{point}</Point>
      ))}
    </KeyPoints>
  );

  it('renders each as the one item it is, never an item in an item', () => {
    const { container } = render(ui);
    expect(container.querySelector('li > li')).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Key points' })).getAllByRole('listitem')).toHaveLength(3);
  });

  it('hydrates the server markup without errors', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(container.querySelectorAll('li')).toHaveLength(3);
    render(ui, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    container.remove();
  });
});
