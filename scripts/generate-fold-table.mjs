#!/usr/bin/env node
// Writes src/zh/fold-table.ts: the character pairs that foldForMatching (src/zh/fold.ts)
// maps one UTF-16 code unit to another, generated ONCE from opencc-js's data (a
// devDependency; the runtime never imports it). Re-run after upgrading opencc-js:
//   node scripts/generate-fold-table.mjs
// test/fold.test.ts imports foldPairs() and encodeFoldPairs() from here and checks that the
// table fold.ts decodes is exactly this script's output.
//
// What goes in (each pair a single BMP code unit → a single BMP code unit, so that
// folding keeps every offset):
// - (not CJK compatibility ideographs U+F900–U+FAFF: src/zh/fold.ts maps them to their NFKC
//   unified form (年 里 車 …) at run time, then on through this table);
// - OpenCC's TSCharacters (Traditional → Simplified characters: 億→亿, 萬→万, 達→达);
// - a Taiwan or Hong Kong variant whose OpenCC standard form is a key of TSCharacters
//   (為→爲→为, 眾→衆→众). Variants whose standard form is not (著→着, 峰→峯, 么→幺) are left
//   out: they are ordinary Simplified characters too (显著, 高峰, 什么).
//
// How it is written: as ASCII, because a bundler escapes every non-ASCII character of a
// string as \uXXXX (esbuild's default charset): the 3,424 pairs (then; 2,971 now) written as characters were
// 41 kB of a 237 kB browser bundle of `parse`, and are about 8.6 kB as below. The pairs,
// sorted by `from`, become two numbers each:
//   from − previous from − 1   (≥ 0; mostly 0–31: Traditional characters cluster by radical)
//   to − previous to, zigzag   (signed → unsigned: 0, −1, 1, −2, 2 … → 0, 1, 2, 3, 4 …)
// each a varint spelled with the 91 characters of FOLD_DIGITS (printable ASCII but ' " ` \):
// a digit d < 64 ends the number and is its last place (base 64), a digit d ≥ 64 is a place
// before it worth d − 64 (base 27) (encodeVarints; src/zh/varints.ts reads them, and
// scripts/gen-common-chars.mjs and pack-lexicons.mjs write their sets the same way). Of the
// splits of 91 digits, 64 gives the three tables the fewest characters together (10.8 kB; the
// earlier base-32 varints of 64 digits took 11.4 kB): most `from` gaps and alphabet gaps are
// below 64, and most `to` deltas below 64 × 27.
// OpenCC's data is Apache-2.0 (see docs/dependencies.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The 91 digits of the encoding, value = index (must match VARINT_DIGITS in src/zh/varints.ts). */
export const FOLD_DIGITS = ' !#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~';
/** Digits below this end a number (its last place, base 64); the 27 above carry the places before it (must match src/zh/varints.ts). */
export const LAST_DIGITS = 64;
const CARRY_BASE = FOLD_DIGITS.length - LAST_DIGITS;

/** Non-negative integers as varints: places in base 27 (digits 64–90), then the last place in base 64 (read by readVarints, src/zh/varints.ts). */
export function encodeVarints(numbers) {
  let out = '';
  for (let n of numbers) {
    if (!(Number.isInteger(n) && n >= 0)) throw new Error(`encodeVarints: ${n} is not a non-negative integer`);
    let digits = FOLD_DIGITS[n % LAST_DIGITS];
    for (n = Math.floor(n / LAST_DIGITS); n > 0; n = Math.floor(n / CARRY_BASE)) digits = FOLD_DIGITS[LAST_DIGITS + (n % CARRY_BASE)] + digits;
    out += digits;
  }
  return out;
}

/** The table as [from, to] code units, sorted by from, chains resolved. */
export async function foldPairs() {
  const load = async (name) => (await import(`opencc-js/dict/${name}`)).default;
  const pairs = (data) => new Map(data.split('|').map((e) => { const [k, ...v] = e.split(' '); return [k, v[0]]; }));
  const bmpChar = (s) => typeof s === 'string' && s.length === 1 && !(s.charCodeAt(0) >= 0xd800 && s.charCodeAt(0) <= 0xdfff);

  const ts = pairs(await load('TSCharacters'));
  const variantsRev = [pairs(await load('TWVariantsRev')), pairs(await load('HKVariantsRev'))];
  const table = new Map();
  const add = (from, to) => {
    if (bmpChar(from) && bmpChar(to) && from !== to && !table.has(from)) table.set(from, to);
  };

  // CJK compatibility ideographs U+F900–U+FAFF are not in the table: fold.ts maps each to its
  // NFKC form at run time and then on through the table (1.8 kB less of the bundle)
  const compat = (s) => s.charCodeAt(0) >= 0xf900 && s.charCodeAt(0) <= 0xfaff;
  for (const [t, s] of ts) if (!compat(t)) add(t, s);
  for (const rev of variantsRev) for (const [v, standard] of rev) if (ts.has(standard) && !compat(v)) add(v, ts.get(standard));

  // resolve chains (薴 → 苧 → 苎), so that folding twice changes nothing
  for (const [from, to] of table) {
    let end = to;
    for (let n = 0; table.has(end) && n < 5; n++) end = table.get(end);
    table.set(from, end);
  }
  return [...table].map(([a, b]) => [a.charCodeAt(0), b.charCodeAt(0)]).sort((a, b) => a[0] - b[0]);
}

/** The pairs (sorted by from) as the ASCII string described at the top. */
export function encodeFoldPairs(pairs) {
  const numbers = [];
  let from = -1;
  let to = 0;
  for (const [a, b] of pairs) {
    if (a <= from) throw new Error('encodeFoldPairs: pairs must be sorted by from, without repeats');
    const d = b - to;
    numbers.push(a - from - 1, d < 0 ? -2 * d - 1 : 2 * d);
    from = a;
    to = b;
  }
  return encodeVarints(numbers);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sorted = await foldPairs();
  const encoded = encodeFoldPairs(sorted);
  const lines = [];
  for (let i = 0; i < encoded.length; i += 100) lines.push(`  '${encoded.slice(i, i + 100)}'`);
  const version = JSON.parse(readFileSync(join(root, 'node_modules/opencc-js/package.json'), 'utf8')).version;
  const out = `// Generated by scripts/generate-fold-table.mjs from opencc-js ${version} (OpenCC data, Apache-2.0). Do not edit.
/**
 * Pairs of UTF-16 code units (from → to): Traditional (and Taiwan/Hong Kong variant) characters → Simplified. ${sorted.length} pairs,
 * sorted by from, each written as two ASCII varints (from − previous from − 1, then
 * to − previous to zigzagged); decoded by decodeFoldPairs in src/zh/fold.ts (src/zh/varints.ts). ASCII, because
 * a bundler escapes every other character as \\uXXXX (the pairs as characters were 41 kB of
 * a browser bundle of \`parse\`).
 */
export const FOLD_PAIRS_ENCODED =
${lines.join(' +\n')};
`;
  writeFileSync(join(root, 'src/zh/fold-table.ts'), out);
  console.log(`wrote src/zh/fold-table.ts (${sorted.length} pairs, ${encoded.length} ASCII characters)`);
}
