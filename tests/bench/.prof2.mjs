process.env.NODE_ENV='production';
const m = await import('/work/main/tests/bench/.out/render.js');
const which = process.argv[2];
const f = which === 'b' ? m.renderBare : m.renderWellread;
for (let i=0;i<50;i++) f();
let t=performance.now(); for(let i=0;i<500;i++) f(); console.log(which,(performance.now()-t)/500);
