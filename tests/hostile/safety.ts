import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * The contract every hostile case is held to, on the server (renderToString, the HTML
 * parsed into a detached element) and in the browser (Testing Library's render):
 *  - nothing throws;
 *  - every URL the page carries (href, src, srcset, action, …) is http:, https:,
 *    mailto: or a same-site relative URL, as a browser would parse it;
 *  - no event-handler attribute, no element that loads or runs anything
 *    (iframe, object, embed, base, form, style, link, meta);
 *  - the only scripts are JSON-LD, as many as the case expects, each parsing back as
 *    JSON and holding neither `</script` nor `<!--`.
 */

/** Dangerous values for a URL prop, each with the way it is disguised. */
export const DANGEROUS_URLS = [
  ['javascript: in lower case', 'javascript:alert(1)'],
  ['javascript: in mixed case', 'JaVaScRiPt:alert(document.cookie)'],
  ['javascript: after leading spaces', '   javascript:alert(1)'],
  ['javascript: with a tab inside the scheme', 'java\tscript:alert(1)'],
  ['javascript: with a newline inside the scheme', 'java\nscript:alert(1)'],
  ['javascript: with CR LF inside the scheme', 'jav\r\nascript:alert(1)'],
  ['javascript: after a control character', '\u0001javascript:alert(1)'],
  ['javascript: with a NUL inside the scheme', 'java\u0000script:alert(1)'],
  ['javascript: with an entity-encoded colon', 'javascript&colon;alert(1)'],
  ['javascript: with a decimal entity', '&#106;avascript:alert(1)'],
  ['javascript: with a hex entity and no semicolon', '&#x6A;avascript:alert(1)'],
  ['data: HTML', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['data: SVG with onload', 'data:image/svg+xml,<svg onload=alert(1)>'],
  ['vbscript:', 'VBScript:msgbox(1)'],
  // Not dangerous, but it leads nowhere: back to the page itself, or to no host at all.
  ['https: without a host', 'https://'],
] as const;

/** Text that would end a script element or open a comment if it reached JSON-LD raw. */
export const SCRIPT_BREAKERS = [
  ['a closing script tag', '</script><script>alert(1)</script>'],
  ['a closing script tag in upper case', '</SCRIPT ><img src=x onerror=alert(1)>'],
  ['an HTML comment opener', '<!-- <script>alert(1)</script>'],
  ['a comment opener and U+2028', 'A\u2028B <!--'],
] as const;

export const LONG_TITLE = `${'Gut health '.repeat(909)}end`.slice(0, 10_000);
export const RTL_TEXT = 'صحة الأمعاء والمناعة: تعافَ أقوى';
export const EMOJI_TEXT = '🦠 Gut 💪 immune 👨‍👩‍👧 🏳️‍🌈 recovery';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'data', 'background', 'ping'];
const FORBIDDEN_ELEMENTS = 'iframe, object, embed, base, form, style, link, meta, frame, frameset, applet';
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const BASE = 'https://site.example/articles/page';

/** Server HTML, parsed into a detached element (scripts in it never run). */
export function renderOnServer(ui: ReactElement): { html: string; root: HTMLElement } {
  const html = renderToString(ui);
  const root = document.createElement('div');
  root.innerHTML = html;
  return { html, root };
}

/** The browser render's container. */
export function renderInBrowser(ui: ReactElement): HTMLElement {
  return render(ui).container;
}

function schemeOf(value: string): string {
  try {
    return new URL(value, BASE).protocol;
  } catch {
    return 'unparseable:';
  }
}

/** Every URL the element tree carries, with where it sits. */
export function urlsIn(root: ParentNode): { where: string; url: string }[] {
  const found: { where: string; url: string }[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (URL_ATTRIBUTES.includes(name)) found.push({ where: `<${element.localName} ${name}>`, url: attribute.value });
      if (name === 'srcset' || name === 'imagesrcset') {
        for (const candidate of attribute.value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) found.push({ where: `<${element.localName} ${name}>`, url });
        }
      }
    }
  }
  return found;
}

/** Asserts the contract above for one rendered tree; `jsonLd` is how many JSON-LD scripts it must hold. */
export function expectSafe(root: ParentNode, { jsonLd = 0, html }: { jsonLd?: number; html?: string } = {}): void {
  const unsafe = urlsIn(root).filter(({ url }) => !SAFE_SCHEMES.has(schemeOf(url)) || /script:/i.test(url.replace(/[\s\u0000-\u001f]/g, '')));
  expect(unsafe, 'URLs with a scheme other than http, https or mailto').toEqual([]);

  const handlers = [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((a) => `<${element.localName} ${a.name}>`),
  );
  expect(handlers, 'event-handler attributes').toEqual([]);
  expect([...root.querySelectorAll(FORBIDDEN_ELEMENTS)].map((e) => e.localName), 'elements that load or run things').toEqual([]);

  const scripts = [...root.querySelectorAll('script')];
  expect(scripts.map((s) => s.getAttribute('type')), 'script elements').toEqual(Array(jsonLd).fill('application/ld+json'));
  for (const script of scripts) {
    const text = script.textContent ?? '';
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(() => JSON.parse(text)).not.toThrow();
  }
  if (html !== undefined) {
    expect(html.match(/<script/gi)?.length ?? 0, 'opening script tags in the server HTML').toBe(jsonLd);
    expect(html.match(/<\/script/gi)?.length ?? 0, 'closing script tags in the server HTML').toBe(jsonLd);
  }
}

/** The parsed JSON-LD of a tree (its first script), or null when there is none. */
export function jsonLdOf(root: ParentNode): Record<string, unknown> | null {
  const script = root.querySelector('script[type="application/ld+json"]');
  return script ? (JSON.parse(script.textContent ?? '') as Record<string, unknown>) : null;
}

/** One hostile input: what is rendered, how many JSON-LD scripts it holds, and the exact safe outcome. */
export interface HostileCase {
  /** The situation and its outcome, e.g. "given a 10,000-character title: the h1 holds all of it". */
  name: string;
  ui: () => ReactElement;
  /** JSON-LD scripts the render must hold. @default 0 */
  jsonLd?: number;
  outcome: (root: HTMLElement) => void;
}

/** Runs each case twice, server-rendered and client-rendered, each under the shared contract. */
export function runCases(cases: readonly HostileCase[]): void {
  for (const hostile of cases) {
    describe(hostile.name, () => {
      it('server-rendered', () => {
        const { html, root } = renderOnServer(hostile.ui());
        expectSafe(root, { jsonLd: hostile.jsonLd ?? 0, html });
        hostile.outcome(root);
      });

      it('client-rendered', () => {
        const root = renderInBrowser(hostile.ui());
        expectSafe(root, { jsonLd: hostile.jsonLd ?? 0 });
        hostile.outcome(root);
      });
    });
  }
}

/**
 * Development warnings about dropped input are expected and silenced; React errors
 * (a throw caught by React, a duplicate key, a hydration mismatch) fail the case.
 */
export function failOnReactErrors(): void {
  let errors: unknown[][] = [];
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    errors = vi.spyOn(console, 'error').mock.calls;
  });
  afterEach(() => {
    const calls = [...errors];
    vi.restoreAllMocks();
    expect(calls, 'console.error calls (React errors and warnings)').toEqual([]);
  });
}
