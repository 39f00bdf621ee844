/**
 * Reads src/tokens.css: the token values of each theme and the documented colour
 * pairs. The contrast test and the Storybook tokens page both use it, so neither
 * can drift from the CSS.
 */
export interface ColourPair {
  /** The foreground token, e.g. "--wr-color-text". */
  fg: string;
  /** The background token it is used on. */
  bg: string;
  /** "text" needs 4.5:1, "ui" (control borders, focus ring) 3:1. */
  kind: 'text' | 'ui';
}

export interface Tokens {
  light: Record<string, string>;
  dark: Record<string, string>;
  /** The dark values given for prefers-color-scheme (must equal `dark`). */
  darkMedia: Record<string, string>;
  pairs: ColourPair[];
  /** Token names in source order with the comment after each, if any. */
  order: { name: string; comment: string }[];
}

function block(css: string, opener: RegExp): string {
  const match = opener.exec(css);
  if (!match) throw new Error(`tokens.css: no block matching ${opener}`);
  let depth = 0;
  for (let i = match.index + match[0].length - 1; i < css.length; i++) {
    if (css[i] === '{') depth++;
    if (css[i] === '}' && --depth === 0) return css.slice(match.index + match[0].length, i);
  }
  throw new Error('tokens.css: unbalanced braces');
}

const DECLARATION = /(--wr-[\w-]+)\s*:\s*([^;]+);[ \t]*(?:\/\*\s*([^*]*?)\s*\*\/)?/g;

function declarations(body: string): { name: string; value: string; comment: string }[] {
  return [...body.matchAll(DECLARATION)].map((m) => ({ name: m[1]!, value: m[2]!.trim(), comment: m[3] ?? '' }));
}

export function parseTokens(css: string): Tokens {
  const lightDecls = declarations(block(css, /:root,\s*\[data-wr-theme='light'\]\s*\{/));
  const darkMediaBody = block(block(css, /@media \(prefers-color-scheme: dark\)\s*\{/), /:root\s*\{/);
  const darkDecls = declarations(block(css, /\n\s*\[data-wr-theme='dark'\]\s*\{/));
  const light = Object.fromEntries(lightDecls.map((d) => [d.name, d.value]));
  const dark = { ...light, ...Object.fromEntries(darkDecls.map((d) => [d.name, d.value])) };
  const darkMedia = { ...light, ...Object.fromEntries(declarations(darkMediaBody).map((d) => [d.name, d.value])) };
  const pairs: ColourPair[] = [];
  for (const d of lightDecls) {
    const m = /^(on|ui):\s*(.+)$/.exec(d.comment);
    if (!m) continue;
    for (const bg of m[2]!.split(',').map((s) => s.trim()).filter(Boolean)) {
      pairs.push({ fg: d.name, bg, kind: m[1] === 'ui' ? 'ui' : 'text' });
    }
  }
  return { light, dark, darkMedia, pairs, order: lightDecls.map((d) => ({ name: d.name, comment: d.comment })) };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** sRGB hex (#rgb or #rrggbb) to WCAG relative luminance. */
export function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  if (!/^[\da-f]{6}$/i.test(full)) throw new Error(`Not a hex colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two hex colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A token's value with var() references resolved within the same theme. */
export function resolveToken(theme: Record<string, string>, name: string, depth = 0): string {
  const value = theme[name];
  if (value === undefined) throw new Error(`Unknown token ${name}`);
  const ref = /^var\((--wr-[\w-]+)\)$/.exec(value);
  return ref && depth < 10 ? resolveToken(theme, ref[1]!, depth + 1) : value;
}
