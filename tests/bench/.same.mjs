process.env.NODE_ENV='production';
const { JSDOM } = await import('jsdom');
const React = (await import('react')).default;
const { renderToString } = await import('react-dom/server');
const m = await import('/work/main/tests/bench/.out/render.js');
const html = m.renderWellread();
const dom = new JSDOM(`<body>${html}</body>`);
const map = { class: 'className', for: 'htmlFor', 'aria-hidden':'aria-hidden', tabindex:'tabIndex', datetime:'dateTime', readonly:'readOnly', 'stroke-width':'strokeWidth','stroke-linecap':'strokeLinecap','stroke-linejoin':'strokeLinejoin', viewbox:'viewBox', fetchpriority:'fetchPriority' };
function conv(node, key) {
  if (node.nodeType === 3) return node.data;
  if (node.nodeType !== 1) return null;
  const props = { key };
  for (const a of node.attributes) { let n = map[a.name] ?? a.name; if (n==='disabled') { props.disabled = true; continue; } if (n==='style') continue; props[n] = a.value; }
  if (node.localName === 'script') { props.dangerouslySetInnerHTML = { __html: node.textContent }; return React.createElement('script', props); }
  const kids = [...node.childNodes].map((c, i) => conv(c, i)).filter((c) => c !== null);
  if (node.localName === 'input') return React.createElement('input', props);
  return React.createElement(node.localName, props, ...kids);
}
const tree = [...dom.window.document.body.childNodes].map((c,i)=>conv(c,i));
const same = () => renderToString(React.createElement(React.Fragment, null, ...tree));
console.log('same-markup html length', same().length, 'wellread', html.length);
const fns = { w: m.renderWellread, b: m.renderBare, s: same };
for (let round=0; round<3; round++) for (const [n,f] of Object.entries(fns)) { for(let i=0;i<100;i++) f(); const t=performance.now(); for(let i=0;i<1000;i++) f(); console.log(round, n, ((performance.now()-t)/1000).toFixed(3)); }
