process.env.NODE_ENV='production';
const m = await import('/work/main/tests/bench/.out/render.js');
const fs = await import('node:fs');
fs.writeFileSync('/tmp/prof/w.html', m.renderWellread()); fs.writeFileSync('/tmp/prof/b.html', m.renderBare());
for (const f of ['w','b']) { const h=fs.readFileSync(`/tmp/prof/${f}.html`,'utf8'); const tags=h.match(/<[a-z][a-z0-9]*/g); const c={}; tags.forEach(t=>c[t]=(c[t]||0)+1); console.log(f, h.length, tags.length, JSON.stringify(c)); }
