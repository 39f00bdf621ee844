import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TipChecklist, TipChecklistItem, TipChecklistStatic, type TipChecklistItemData } from 'wellread/tip-checklist';
import { seedSteps, seedStepsHeading, seedStepsIntro } from './fixtures/seedSteps';

const DIRECTIVE = /^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*['"]use client['"]/;

/** Every source file `file` reaches through relative imports (type-only imports excluded). */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const base = resolve(dirname(file), spec!);
    const target = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => existsSync(candidate));
    if (!target) throw new Error(`cannot resolve ${spec} from ${file}`);
    if (!seen.has(target)) moduleGraph(target, seen);
  }
  return seen;
}

describe('TipChecklist on the server', () => {
  describe('the static variant', () => {
    it('renders the numbered steps with all their content and no controls', () => {
      const html = renderToString(<TipChecklist variant="static" id="s" heading="Practical steps" items={seedSteps} />);
      expect(html).toMatch(/^<section id="s" class="wr-tip-checklist" data-variant="static"/);
      expect(html).toContain('<h2 id="s-heading" class="wr-tip-checklist__heading">Practical steps</h2>');
      expect(html).toContain(
        '<span class="wr-tip-checklist__number">1.</span> <!-- -->Embrace Fiber: Your Gut Bugs&#x27; Favorite Food.',
      );
      expect(html).toContain('<li class="wr-tip-checklist__point"><strong>Focus on:<!-- --> </strong>A wide variety');
      expect(html).toContain('<div class="wr-tip-checklist__note" data-tone="caution"><strong>Caution:<!-- --> </strong>If you');
      expect(html).toContain('always discuss this with a healthcare professional.');
      expect(html).toContain('<span class="wr-tip-checklist__number">7.</span>');
      expect(html).not.toMatch(/<input|<button|<progress|role="status"/);
    });

    it('is the same HTML from TipChecklistStatic', () => {
      expect(renderToString(<TipChecklistStatic id="s" items={seedSteps} collapsible />)).toBe(
        renderToString(<TipChecklist variant="static" id="s" items={seedSteps} collapsible />),
      );
    });

    it('comes from modules without "use client" that never import the client module', () => {
      const graph = moduleGraph(resolve('src/tip-checklist/TipChecklistStatic.tsx'));
      expect(graph.size).toBeGreaterThan(3);
      for (const file of graph) {
        expect(readFileSync(file, 'utf8'), file).not.toMatch(DIRECTIVE);
        expect(file).not.toMatch(/TipChecklist\.tsx|TipChecklistInteractive|useStoredState|useControllableState/);
      }
    });
  });

  describe('the interactive variant', () => {
    it('reaches client code only through its one "use client" module', () => {
      const graph = moduleGraph(resolve('src/tip-checklist/TipChecklist.tsx'));
      const client = [...graph].filter((file) => DIRECTIVE.test(readFileSync(file, 'utf8')));
      expect(client.map((file) => file.replace(/^.*\/src\//, 'src/')).sort()).toEqual([
        'src/internal/useStoredState.ts',
        'src/tip-checklist/TipChecklistInteractive.tsx',
      ]);
      const serverModule = readFileSync('src/tip-checklist/TipChecklist.tsx', 'utf8');
      expect(serverModule).not.toMatch(/\buse(State|Effect|Ref|SyncExternalStore)\b/);
    });

    it('renders all steps with inert checkboxes, the count and an empty live region', () => {
      const html = renderToString(<TipChecklist id="i" items={seedSteps} />);
      expect(html.match(/<input[^>]*type="checkbox"[^>]*>/g)).toHaveLength(7);
      expect(html.match(/<input[^>]*disabled=""/g)).toHaveLength(7);
      expect(html).not.toContain('checked=""');
      expect(html).toContain(
        '<p class="wr-tip-checklist__progress wr-no-print">0 of 7 done<progress class="wr-tip-checklist__bar" max="7" value="0" aria-hidden="true"></progress></p>',
      );
      expect(html).toContain('<p role="status" class="wr-visually-hidden"></p>');
      expect(html).toContain('Fermented foods like yogurt');
    });

    it('renders defaultChecked into the HTML', () => {
      const html = renderToString(<TipChecklist id="d" items={seedSteps} defaultChecked={['hydrate']} />);
      expect(html.match(/checked=""/g)).toHaveLength(1);
      expect(html).toContain('1 of 7 done');
    });
  });

  describe('given composition instead of data', () => {
    const composed = [
      <TipChecklistItem key="a" id="a" title="Drink water" points={[{ label: 'Aim for:', text: 'eight glasses' }]}>
        Little and often.
      </TipChecklistItem>,
      <TipChecklist.Item key="b" id="b" title="Walk" note={{ tone: 'caution', text: 'Ask your doctor first.' }} />,
    ];
    const data = [
      { id: 'a', title: 'Drink water', description: 'Little and often.', points: [{ label: 'Aim for:', text: 'eight glasses' }] },
      { id: 'b', title: 'Walk', note: { tone: 'caution' as const, text: 'Ask your doctor first.' } },
    ];

    it.each([['interactive' as const], ['static' as const]])('renders the same HTML as data (%s)', (variant) => {
      const fromChildren = renderToString(
        <TipChecklist id="c" variant={variant} heading="Steps" collapsible>
          {composed}
        </TipChecklist>,
      );
      const fromData = renderToString(<TipChecklist id="c" variant={variant} heading="Steps" collapsible items={data} />);
      expect(fromChildren).toBe(fromData);
      expect(fromChildren).toContain('Ask your doctor first.');
    });
  });

  it('is fed by a fixture that holds the seed article’s seven steps word for word', () => {
    const article = readFileSync('tests/fixtures/gut-immune-link.txt', 'utf8');
    expect(seedSteps).toHaveLength(7);
    const texts: string[] = [seedStepsHeading, seedStepsIntro];
    for (const step of seedSteps as TipChecklistItemData[]) {
      texts.push(String(step.title));
      if (step.description) texts.push(String(step.description));
      for (const point of step.points ?? []) texts.push(point.label ? `${point.label} ${point.text}` : String(point.text));
      if (step.note) texts.push(String(step.note.text));
    }
    expect(texts).toHaveLength(22);
    for (const text of texts) expect(article).toContain(text);
  });
});
