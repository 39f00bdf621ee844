import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { TipChecklist, TipChecklistItem } from 'wellread/tip-checklist';
import { seedSteps } from './fixtures/seedSteps';

const FIBER = "1. Embrace Fiber: Your Gut Bugs' Favorite Food.";
const HYDRATE = '3. Hydrate, Hydrate, Hydrate!';
const notLive = { ignore: '[role="status"], script, style' };

describe('TipChecklist rendered on the server, then hydrated', () => {
  describe('given stored progress from an earlier visit', () => {
    it('serves unticked HTML, hydrates without a warning, then shows the stored ticks silently', () => {
      localStorage.setItem('wellread:tip-checklist:hydrate', JSON.stringify({ ids: ['fiber', 'hydrate'] }));
      const ui = <TipChecklist id="hydrate" heading="Steps" items={seedSteps} completeMessage="All done" />;
      const html = renderToString(ui);
      expect(html).not.toMatch(/checked=""/);
      expect(html).toContain('0 of 7 done');

      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      const liveRegion = container.querySelector('[role="status"]');
      const error = vi.spyOn(console, 'error');
      try {
        render(ui, { container, hydrate: true });
        expect(error).not.toHaveBeenCalled();
      } finally {
        error.mockRestore();
      }
      expect(screen.getByRole('checkbox', { name: FIBER })).toBeChecked();
      expect(screen.getByRole('checkbox', { name: HYDRATE })).toBeChecked();
      expect(screen.getByText('2 of 7 done', notLive)).toBeInTheDocument();
      // The live region from the server HTML is kept and stays quiet: restoring is not news.
      expect(screen.getByRole('status')).toBe(liveRegion);
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    });
  });

  it('disables the checkboxes in the server HTML and enables them once hydrated', async () => {
    const user = userEvent.setup();
    const ui = (
      <StrictMode>
        <TipChecklist id="hydrate-enable" items={seedSteps} collapsible />
      </StrictMode>
    );
    const html = renderToString(ui);
    expect(html.match(/<input[^>]*disabled=""/g)).toHaveLength(7);

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const error = vi.spyOn(console, 'error');
    try {
      render(ui, { container, hydrate: true });
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
    const box = screen.getByRole('checkbox', { name: FIBER });
    expect(box).toBeEnabled();
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('1 of 7 done');
  });

  it('hydrates composed steps without a warning', () => {
    const ui = (
      <TipChecklist id="hydrate-composed" heading="Steps">
        <TipChecklistItem id="a" title="Drink water">
          Little and often.
        </TipChecklistItem>
        <TipChecklistItem id="b" title="Walk" note={{ tone: 'tip', text: 'Take the stairs.' }} />
      </TipChecklist>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    const error = vi.spyOn(console, 'error');
    try {
      render(ui, { container, hydrate: true });
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
    expect(screen.getByRole('checkbox', { name: '2. Walk' })).toBeEnabled();
  });
});
