import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The stylesheet contract: every rule in @layer wellread, one wr- class per selector
 * (so one site class overrides it), logical properties only (so dir="rtl" just works).
 */

interface Rule {
  file: string;
  selector: string;
  ancestors: string[];
  declarations: { property: string; value: string }[];
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? cssFiles(path) : path.endsWith('.css') ? [path] : [];
  });
}

function parse(file: string): Rule[] {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  const stack: string[] = [];
  let buffer = '';
  for (const char of css) {
    if (char === '{') {
      stack.push(buffer.trim());
      buffer = '';
    } else if (char === '}') {
      const prelude = stack.pop() ?? '';
      if (!prelude.startsWith('@')) {
        const declarations = buffer
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => {
            const colon = d.indexOf(':');
            return { property: d.slice(0, colon).trim(), value: d.slice(colon + 1).trim() };
          });
        for (const selector of prelude.split(',').map((s) => s.trim())) {
          rules.push({ file, selector, ancestors: [...stack], declarations });
        }
      }
      buffer = '';
    } else if (char === ';' && stack.length === 0) {
      buffer = '';
    } else {
      buffer += char;
    }
  }
  return rules;
}

const files = cssFiles('src');
const rules = files.flatMap(parse);
const componentRules = rules.filter((r) => !r.file.endsWith('tokens.css'));

// An optional attribute-only ancestor ([dir='rtl']), then one wr- class with attribute
// selectors and pseudo-classes/elements (whose arguments hold no further class).
const SINGLE_CLASS =
  /^(?:\[[^\]]+\]\s+)*\.wr-[\w-]+(?:\[[^\]]+\]|::?[\w-]+(?:\((?:[^().]|\([^().]*\))*\))?)*$/;

// Print rules for the site's own markup, which carries no wr- class: the link addresses
// printed after links in the article body (issue 3). Listed one by one, print only.
const SITE_CONTENT = [".wr-article__body [href^='http' i]::after"];

const PHYSICAL = new RegExp(
  '^(?:' +
    [
      '(?:margin|padding|scroll-margin|scroll-padding)-(?:left|right|top|bottom)',
      'border-(?:left|right|top|bottom)(?:-[a-z]+)?',
      'border-(?:top|bottom)-(?:left|right)-radius',
      'left|right|top|bottom',
      '(?:min-|max-)?(?:width|height)',
    ].join('|') +
    ')$',
);

describe('stylesheets', () => {
  it('exist for every family', () => {
    expect(files.length).toBeGreaterThan(4);
    expect(componentRules.length).toBeGreaterThan(3);
  });

  it('put every rule inside @layer wellread', () => {
    const outside = rules.filter((r) => !r.ancestors.includes('@layer wellread'));
    expect(outside.map((r) => `${r.file}: ${r.selector}`)).toEqual([]);
  });

  it('use single-class wr- selectors', () => {
    const bad = componentRules.filter(
      (r) => !SINGLE_CLASS.test(r.selector) && !(SITE_CONTENT.includes(r.selector) && r.ancestors.includes('@media print')),
    );
    expect(bad.map((r) => `${r.file}: ${r.selector}`)).toEqual([]);
  });

  it('use logical properties only', () => {
    const bad = componentRules.flatMap((r) =>
      r.declarations
        .filter(
          (d) =>
            PHYSICAL.test(d.property) ||
            (['text-align', 'float', 'clear'].includes(d.property) && /\b(left|right)\b/.test(d.value)),
        )
        .map((d) => `${r.file}: ${r.selector} { ${d.property}: ${d.value} }`),
    );
    expect(bad).toEqual([]);
  });

  it('show a visible focus style wherever something is focusable', () => {
    const focus = componentRules.filter((r) => /:focus-visible(?!\))/.test(r.selector));
    for (const rule of focus) {
      const outline = rule.declarations.find((d) => d.property === 'outline' || d.property === 'box-shadow');
      expect(outline?.value, `${rule.file}: ${rule.selector}`).not.toMatch(/^(none|0)$/);
    }
  });

  it('keep :has() out of selector lists with other selectors, which browsers without it would drop', () => {
    // parse() gives the selectors of one rule the same declarations array.
    const lists = new Map<unknown, string[]>();
    for (const rule of componentRules) lists.set(rule.declarations, [...(lists.get(rule.declarations) ?? []), rule.selector]);
    const mixed = [...lists.values()].filter((list) => list.some((s) => s.includes(':has(')) && !list.every((s) => s.includes(':has(')));
    expect(mixed).toEqual([]);
  });

  it('respond to reduced motion, forced colours and print', () => {
    const all = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).toContain('prefers-reduced-motion');
    expect(all).toContain('forced-colors');
    expect(all).toContain('@media print');
  });
});
