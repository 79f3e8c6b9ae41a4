import * as OpenCC from 'opencc-js';
import { readFileSync, readdirSync } from 'node:fs';
const conv = OpenCC.Converter({ from: 'cn', to: 'tw' });
const counts = new Map();
for (const dir of ['fixtures/corpus', 'fixtures/samples']) for (const f of readdirSync(dir)) {
  if (!f.endsWith('.txt')) continue;
  for (const ch of readFileSync(`${dir}/${f}`, 'utf8')) if (/\p{Script=Han}/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
}
let trad = '', simp = '';
const seen = new Set();
for (const [ch, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  if (n < 3) continue;
  const t = conv(ch);
  if (t.length !== 1 || t === ch || seen.has(t) || t.charCodeAt(0) > 0xffff) continue;
  // a Traditional form that is itself used as a Simplified character (乾/干, 後/后 fine) would fold wrongly
  if (counts.has(t) && counts.get(t) > 2) continue;
  seen.add(t); trad += t; simp += ch;
}
console.log(trad.length);
console.log(`// Generated from the corpus vocabulary with opencc-js (cn → tw), single characters only.\nexport const TRADITIONAL = '${trad}';\nexport const SIMPLIFIED = '${simp}';`);
