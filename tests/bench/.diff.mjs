process.env.NODE_ENV='production';
const m = await import('/work/main/tests/bench/.out/render.js');
const strip = (h) => h.replace(/<script[\s\S]*?<\/script>/g,' ').replace(/<!--[\s\S]*?-->/g,'').replace(/<[^>]+>/g,' ').replace(/&#x27;/g,"'").replace(/&quot;/g,'"').replace(/&amp;/g,'&').replace(/\s+/g,' ').trim();
const w = strip(m.renderWellread()).split(' '), b = strip(m.renderBare()).split(' ');
console.log(w.length, b.length);
// simple LCS-free diff: find first divergence repeatedly
let i=0,j=0, out=[];
while (i<w.length && j<b.length && out.length<15) { if (w[i]===b[j]) {i++;j++;continue;} // resync
  let found=false; for (let k=1;k<40&&!found;k++) { if (w[i+k]===b[j] && w[i+k+1]===b[j+1]) { out.push('W+ '+w.slice(i,i+k).join(' ')); i+=k; found=true;} else if (b[j+k]===w[i] && b[j+k+1]===w[i+1]) { out.push('B+ '+b.slice(j,j+k).join(' ')); j+=k; found=true; } }
  if(!found){ out.push('?? W:'+w.slice(i,i+8).join(' ')+' | B:'+b.slice(j,j+8).join(' ')); i++; j++; } }
console.log(out.join('\n'));
