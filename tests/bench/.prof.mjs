process.env.NODE_ENV='production';
const { build } = await import('vite');
await build({ configFile:false, root:'/work/main', logLevel:'warn', build:{ ssr:'/work/main/tests/bench/render.tsx', outDir:'/work/main/tests/bench/.out', minify:false, rolldownOptions:{ external:[/^wellread(\/|$)/, /^react(-dom)?(\/|$)/] } }, ssr:{external:['wellread','react','react-dom']} });
const m = await import('/work/main/tests/bench/.out/render.js');
for (const [n,f] of [['w',m.renderWellread],['b',m.renderBare]]) { f(); let t=performance.now(); for(let i=0;i<300;i++) f(); console.log(n,(performance.now()-t)/300, f().length); }
