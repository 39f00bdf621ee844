/**
 * The tokens page, generated from src/tokens.css through the same parser as the contrast
 * test (build/tokens.ts), so the page cannot drift from the CSS. Docs-only: not exported
 * by the package. Values are printed beside the swatches, never on them; the only text
 * set on a swatch is a sample in a documented text pair, which the token test holds to 4.5:1.
 */
import type { CSSProperties } from 'react';
import tokensCss from '../../src/tokens.css?raw';
import { contrastRatio, parseTokens, resolveToken, type ColourPair } from '../../build/tokens';
import './TokenDocs.css';

const tokens = parseTokens(tokensCss);
const names = tokens.order.map((t) => t.name);
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

const isColour = (name: string) => name.startsWith('--wr-color-') && name !== '--wr-color-scheme';
const colourNames = names.filter(isColour);
const fontSizeNames = names.filter((n) => n.startsWith('--wr-font-size-'));
const spaceNames = names.filter((n) => n.startsWith('--wr-space-'));
const radiusNames = names.filter((n) => n.startsWith('--wr-radius-'));
const fontFamilyNames = ['--wr-font-body', '--wr-font-heading', '--wr-font-mono'].filter((n) => names.includes(n));
const shown = new Set([...colourNames, ...fontSizeNames, ...spaceNames, ...radiusNames, ...fontFamilyNames]);
const otherNames = names.filter((n) => !shown.has(n));

const resolved = (theme: Theme, name: string) => resolveToken(tokens[theme], name);

function ratio(theme: Theme, pair: ColourPair): number | undefined {
  try {
    return contrastRatio(resolved(theme, pair.fg), resolved(theme, pair.bg));
  } catch {
    return undefined; // not a hex colour (e.g. a system colour): no ratio to show
  }
}

const short = (name: string) => name.replace(/^--wr-/, '');

function Value({ theme, name }: { theme: Theme; name: string }) {
  const raw = tokens[theme][name] ?? '';
  const value = resolved(theme, name);
  return (
    <code className="wr-doc-value">
      {raw}
      {raw !== value ? ` → ${value}` : ''}
    </code>
  );
}

function PairLine({ pair, theme }: { pair: ColourPair; theme: Theme }) {
  const r = ratio(theme, pair);
  const needed = pair.kind === 'text' ? 4.5 : 3;
  const fg = resolved(theme, pair.fg);
  const bg = resolved(theme, pair.bg);
  return (
    <li className="wr-doc-pair">
      {pair.kind === 'text' ? (
        <span className="wr-doc-sample" style={{ color: fg, background: bg }} aria-hidden="true">
          Aa
        </span>
      ) : (
        <span className="wr-doc-sample" style={{ background: bg }} aria-hidden="true">
          <span className="wr-doc-ring" style={{ borderColor: fg }} />
        </span>
      )}
      <span>
        on <code>{short(pair.bg)}</code>: {r === undefined ? 'n/a' : `${r.toFixed(2)}:1`}{' '}
        {r === undefined ? null : r >= needed ? `(meets ${needed}:1 for ${pair.kind === 'text' ? 'text' : 'controls'})` : `(below ${needed}:1)`}
      </span>
    </li>
  );
}

function ColourCard({ name }: { name: string }) {
  const entry = tokens.order.find((t) => t.name === name);
  const asForeground = tokens.pairs.filter((p) => p.fg === name);
  const asBackground = tokens.pairs.filter((p) => p.bg === name);
  return (
    <li className="wr-doc-card">
      <h3 className="wr-doc-card-title">
        <code>{name}</code>
      </h3>
      {THEMES.map((theme) => (
        <div key={theme} className="wr-doc-theme">
          <div className="wr-doc-swatch-row">
            <span className="wr-doc-swatch" style={{ background: resolved(theme, name) }} aria-hidden="true" />
            <span>
              <span className="wr-doc-theme-name">{theme === 'light' ? 'Light' : 'Dark'}</span> <Value theme={theme} name={name} />
            </span>
          </div>
          {asForeground.length > 0 && (
            <ul className="wr-doc-pairs" aria-label={`${short(name)} contrast in the ${theme} theme`}>
              {asForeground.map((pair) => (
                <PairLine key={pair.bg} pair={pair} theme={theme} />
              ))}
            </ul>
          )}
        </div>
      ))}
      {asBackground.length > 0 && (
        <>
          <p className="wr-doc-note">Background for:</p>
          <ul className="wr-doc-pairs" aria-label={`Colours used on ${short(name)}`}>
            {asBackground.map((pair) => (
              <li key={pair.fg} className="wr-doc-pair">
                <span>
                  <code>{short(pair.fg)}</code>:{' '}
                  {THEMES.map((theme) => {
                    const r = ratio(theme, pair);
                    return `${r === undefined ? 'n/a' : `${r.toFixed(2)}:1`} ${theme}`;
                  }).join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {asForeground.length === 0 && asBackground.length === 0 && (
        <p className="wr-doc-note">{entry?.comment ? entry.comment : 'Not paired: decorative lines and fills only, no contrast requirement.'}</p>
      )}
    </li>
  );
}

/** Every colour token, with its value in both themes and the contrast of each documented pair. */
export function ColourTokens() {
  return (
    <section className="wr-doc-section" aria-labelledby="wr-doc-colours">
      <h2 id="wr-doc-colours" className="wr-doc-heading">
        Colours
      </h2>
      <p className="wr-doc-intro">
        {colourNames.length} colour tokens. A text colour names the backgrounds it is used on; each pair must reach 4.5:1 (text) or
        3:1 (control borders and the focus ring) in both themes, which <code>tests/tokens.test.ts</code> checks.
        In forced-colours mode the accent, control and focus colours become system colours.
      </p>
      <ul className="wr-doc-cards">
        {colourNames.map((name) => (
          <ColourCard key={name} name={name} />
        ))}
      </ul>
    </section>
  );
}

const SAMPLE = 'Your gut and your immune system';

/** The type scale, each size rendered, plus the font stacks. */
export function TypeScale() {
  return (
    <section className="wr-doc-section" aria-labelledby="wr-doc-type">
      <h2 id="wr-doc-type" className="wr-doc-heading">
        Type
      </h2>
      <ul className="wr-doc-list">
        {fontSizeNames.map((name) => (
          <li key={name} className="wr-doc-type-row">
            <span className="wr-doc-label">
              <code>{short(name)}</code> <Value theme="light" name={name} />
            </span>
            <span className="wr-doc-type-sample" style={{ fontSize: `var(${name})` } as CSSProperties}>
              {SAMPLE}
            </span>
          </li>
        ))}
        {fontFamilyNames.map((name) => (
          <li key={name} className="wr-doc-type-row">
            <span className="wr-doc-label">
              <code>{short(name)}</code> <Value theme="light" name={name} />
            </span>
            <span className="wr-doc-type-sample" style={{ fontFamily: `var(${name})` } as CSSProperties}>
              {SAMPLE} 0123456789
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Boxes({ id, title, list, kind }: { id: string; title: string; list: string[]; kind: 'space' | 'radius' }) {
  return (
    <section className="wr-doc-section" aria-labelledby={id}>
      <h2 id={id} className="wr-doc-heading">
        {title}
      </h2>
      <ul className="wr-doc-list">
        {list.map((name) => (
          <li key={name} className="wr-doc-box-row">
            <span className="wr-doc-label">
              <code>{short(name)}</code> <Value theme="light" name={name} />
            </span>
            {kind === 'space' ? (
              <span className="wr-doc-space" style={{ inlineSize: `var(${name})` }} aria-hidden="true" />
            ) : (
              <span className="wr-doc-radius" style={{ borderRadius: `var(${name})` }} aria-hidden="true" />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The spacing scale as bars of each length. */
export function SpaceScale() {
  return <Boxes id="wr-doc-space" title="Spacing" list={spaceNames} kind="space" />;
}

/** The radius scale as boxes with each corner. */
export function RadiusScale() {
  return <Boxes id="wr-doc-radius" title="Radius" list={radiusNames} kind="radius" />;
}

/** Every remaining token (line heights, measure, targets, focus ring, motion), with both themes' values. */
export function OtherTokens() {
  return (
    <section className="wr-doc-section" aria-labelledby="wr-doc-other">
      <h2 id="wr-doc-other" className="wr-doc-heading">
        Other tokens
      </h2>
      <dl className="wr-doc-dl">
        {otherNames.map((name) => (
          <div key={name} className="wr-doc-dl-row">
            <dt className="wr-doc-label">
              <code>{name}</code>
            </dt>
            <dd className="wr-doc-dd">
              <Value theme="light" name={name} />
              {tokens.dark[name] !== tokens.light[name] ? (
                <>
                  {' '}
                  (dark: <Value theme="dark" name={name} />)
                </>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The whole tokens page. */
export function TokensPage() {
  return (
    <div className="wr-doc-page">
      <ColourTokens />
      <TypeScale />
      <SpaceScale />
      <RadiusScale />
      <OtherTokens />
    </div>
  );
}

/** A compact table of every token for the Introduction: name, light value, dark value when it differs. */
export function TokenTable() {
  return (
    <div className="wr-doc-page">
      <table className="wr-doc-table">
        <caption className="wr-doc-caption">
          Every <code>--wr-*</code> token in <code>src/tokens.css</code> ({names.length})
        </caption>
        <thead>
          <tr>
            <th scope="col" className="wr-doc-cell">
              Token
            </th>
            <th scope="col" className="wr-doc-cell">
              Light
            </th>
            <th scope="col" className="wr-doc-cell">
              Dark
            </th>
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name}>
              <th scope="row" className="wr-doc-cell">
                <code>{name}</code>
              </th>
              <td className="wr-doc-cell">
                <code>{tokens.light[name]}</code>
              </td>
              <td className="wr-doc-cell">
                {tokens.dark[name] === tokens.light[name] ? <span className="wr-doc-same">same</span> : <code>{tokens.dark[name]}</code>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
