#!/usr/bin/env node
// Writes src/zh/lexicon/packed.ts from the JSON lexicons beside it (src/zh/lexicon/*.json, the
// files people edit): each lexicon's JSON text with every non-ASCII character written as two
// ASCII characters, or one for the most frequent (`packing` below; src/zh/lexicon-pack.ts reads
// them). `$comment` keys are documentation and are left out. Run after editing a lexicon: `npm run lexicons`; test/lexicon-pack.test.ts
// fails while packed.ts is stale.
//
//   node scripts/pack-lexicons.mjs [--check]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeVarints } from './generate-fold-table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'src/zh/lexicon');
/** Must match PACK_DIGITS in src/zh/lexicon-pack.ts. */
export const PACK_DIGITS = ' !#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~';

/** units.json → unitsLexicon, claim-cues.json → claimCuesLexicon. */
const exportName = (file) => file.replace(/\.json$/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase()) + 'Lexicon';

/** The JSON value of a lexicon file without its `$comment` keys. */
export function lexiconValue(file) {
  const strip = (v) => (Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('$')).map(([k, x]) => [k, strip(x)])) : v);
  return strip(JSON.parse(readFileSync(join(dir, file), 'utf8')));
}

/**
 * ASCII strings that one character (a single) stands for, each hundreds of times in the
 * lexicons: the JSON between the items of a word list (`","`, about 1,200 times), between a key
 * and its value, between the lists of a table (`"],["`), and the two kinds of unit in
 * units.json (`measure`, `count`). A string here that no lexicon holds costs nothing. Tried in
 * this order at each position.
 */
export const TOKENS = ['","', '":"', '":["', '"],["', '"],"', 'measure', 'count'];

/** The pieces of `text` as packing reads it: each TOKEN as one piece, any other character as one. */
function pieces(text) {
  const out = [];
  for (let i = 0; i < text.length; ) {
    const token = TOKENS.find((t) => text.startsWith(t, i));
    const piece = token ?? String.fromCodePoint(text.codePointAt(i));
    out.push(piece);
    i += piece.length;
  }
  return out;
}

/**
 * How the lexicons' text is packed (read by readPacking, src/zh/lexicon-pack.ts). Every
 * character that is not printable ASCII — and the few ASCII characters that are rarer than
 * the most frequent Chinese ones — is a SYMBOL. Some ASCII characters of PACK_DIGITS are CODES
 * instead of themselves: a LEAD and any digit after it stand for symbols[lead × 91 + digit];
 * a SINGLE stands, alone, for a TOKEN or for one frequent symbol (的, 全, 要 … take one byte,
 * not two). Which characters become codes is chosen for the fewest characters in all: the
 * rarest ASCII characters first (those not used at all cost nothing), as many as pays.
 * `singleValues` are the singles' strings, in the order of `singles`.
 */
export function packing(text) {
  const frequency = new Map();
  for (const c of pieces(text)) frequency.set(c, (frequency.get(c) ?? 0) + 1);
  const count = (c) => frequency.get(c) ?? 0;
  const wide = [...frequency.keys()].filter((c) => c.codePointAt(0) > 0x7f);
  const tokens = TOKENS.filter((t) => count(t) > 0);
  // candidates for codes: the rarest first (stable: PACK_DIGITS order among equals)
  const rarest = [...PACK_DIGITS].sort((a, b) => count(a) - count(b));
  let best = null;
  for (let k = 1; k <= rarest.length; k++) {
    const codes = rarest.slice(0, k);
    const symbols = [...wide, ...codes.filter((c) => count(c) > 0)];
    const leads = Math.ceil(symbols.length / PACK_DIGITS.length);
    if (leads + tokens.length > k) continue;
    const byFrequency = symbols.sort((a, b) => count(b) - count(a) || a.codePointAt(0) - b.codePointAt(0));
    const singleSymbols = k - leads - tokens.length;
    // ASCII as itself, a token as its single, a symbol as a single or a lead and a digit
    let size = [...frequency.entries()].reduce((n, [c, f]) => n + (codes.includes(c) || c.codePointAt(0) > 0x7f ? 0 : f), 0);
    byFrequency.forEach((c, i) => (size += count(c) * (i < singleSymbols ? 1 : 2)));
    if (best === null || size < best.size) {
      best = { size, leads: codes.slice(0, leads).join(''), singles: codes.slice(leads).join(''), singleValues: [...tokens, ...byFrequency.slice(0, singleSymbols)], symbols: [...symbols] };
    }
  }
  if (best === null) throw new Error(`pack-lexicons: ${wide.length} characters need more codes than PACK_DIGITS has`);
  return { leads: best.leads, singles: best.singles, singleValues: best.singleValues, symbols: best.symbols.sort((a, b) => a.codePointAt(0) - b.codePointAt(0)) };
}

/** The text of src/zh/lexicon/packed.ts. */
export function packedSource() {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const texts = files.map((f) => JSON.stringify(lexiconValue(f)));
  const { leads, singles, singleValues, symbols } = packing(texts.join(''));
  const index = new Map(symbols.map((c, i) => [c, i]));
  const single = new Map(singleValues.map((c, i) => [c, singles[i]]));
  const pack = (text) => pieces(text).map((c) => {
    if (single.has(c)) return single.get(c);
    const i = index.get(c);
    return i === undefined ? c : leads[Math.floor(i / PACK_DIGITS.length)] + PACK_DIGITS[i % PACK_DIGITS.length];
  }).join('');
  const literal = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  let previous = -1;
  const gaps = symbols.map((c) => { const cp = c.codePointAt(0); const gap = cp - previous - 1; previous = cp; return gap; });
  // a single's value: a symbol by its index, a token by TOKENS.length + … after them
  const valueIndex = (v) => (index.has(v) ? index.get(v) : symbols.length + TOKENS.indexOf(v));
  const lines = [
    '// Generated by scripts/pack-lexicons.mjs from the JSON files beside it (`npm run lexicons`). Do not',
    '// edit: edit the JSON. Each lexicon is its JSON text with non-ASCII characters packed as one or two',
    '// ASCII characters (src/zh/lexicon-pack.ts), because a bundler writes each one as a 6-byte \\uXXXX.',
    "import { readPacking, unpackLexicon } from '../lexicon-pack.js';",
    ...files.map((f) => `import type ${exportName(f).replace(/^./, (c) => c.toUpperCase())} from './${f}';`),
    '',
    `/** The lexicons' ${symbols.length} symbols (ascending), the leads of their codes, the ${singles.length} singles (tokens and frequent symbols) and the tokens. */`,
    `const PACKING = /* @__PURE__ */ readPacking(${literal(encodeVarints(gaps))}, ${literal(leads)}, ${literal(singles)}, ${literal(encodeVarints(singleValues.map(valueIndex)))}, [${TOKENS.map(literal).join(', ')}]);`,
    '',
  ];
  files.forEach((f, i) => {
    const name = exportName(f);
    const type = name.replace(/^./, (c) => c.toUpperCase());
    lines.push(`/** src/zh/lexicon/${f} */`);
    lines.push(`export const ${name} = /* @__PURE__ */ unpackLexicon<Omit<typeof ${type}, '$comment'>>(PACKING, ${literal(pack(texts[i]))});`);
  });
  return lines.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dir, 'packed.ts');
  const source = packedSource();
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== source) {
      console.error('src/zh/lexicon/packed.ts is stale: run npm run lexicons');
      process.exit(1);
    }
  } else {
    writeFileSync(out, source);
    console.log(`wrote ${out} (${source.length} characters)`);
  }
}
