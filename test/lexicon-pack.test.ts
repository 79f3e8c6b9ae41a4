import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as packed from '../src/zh/lexicon/packed.js';
import { PACK_DIGITS as READER_DIGITS, readAlphabet, readPacking, unpackLexicon } from '../src/zh/lexicon-pack.js';
// @ts-expect-error: a plain .mjs script without types
import { lexiconValue, PACK_DIGITS, packedSource, packing, TOKENS } from '../scripts/pack-lexicons.mjs';
// @ts-expect-error: a plain .mjs script without types
import { encodeVarints } from '../scripts/generate-fold-table.mjs';
import { VARINT_DIGITS } from '../src/zh/varints.js';

const dir = new URL('../src/zh/lexicon/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const exportName = (file: string) => file.replace(/\.json$/, '').replace(/-(\w)/g, (_: string, c: string) => c.toUpperCase()) + 'Lexicon';

describe('packed lexicons (src/zh/lexicon/packed.ts)', () => {
  it('is what scripts/pack-lexicons.mjs writes from the JSON files now (run `npm run lexicons` after editing one)', () => {
    expect(readFileSync(new URL('packed.ts', dir), 'utf8')).toBe(packedSource());
  });

  it('each lexicon unpacks to its JSON file, without the $comment keys', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const value = (packed as Record<string, unknown>)[exportName(file)];
      expect(value, file).toEqual(lexiconValue(file));
      expect(JSON.stringify(value)).not.toContain('$comment');
    }
  });

  it('the script and the reader agree on the digits, and a packed string is ASCII', () => {
    expect(READER_DIGITS).toBe(PACK_DIGITS);
    expect(VARINT_DIGITS).toBe(PACK_DIGITS);
    expect(new Set(PACK_DIGITS).size).toBe(PACK_DIGITS.length);
    expect(PACK_DIGITS).not.toMatch(/['"`\\]/);
    expect(packedSource()).toMatch(/^[\x00-\x7f]*$/);
  });

  it('reads a hand-packed value: ASCII as itself, a lead and a digit as a symbol, a single as its symbol', () => {
    // the symbols 年 (U+5E74), 月 (U+6708): gaps 0x5E74 and 0x6708 − 0x5E74 − 1, as varints
    // (0x5E74 = (13 × 27 + 26) × 64 + 52: the digits 64 + 13, 64 + 26 and 52 of VARINT_DIGITS)
    expect(encodeVarints([0x5e74])).toBe(VARINT_DIGITS[64 + 13]! + VARINT_DIGITS[64 + 26]! + VARINT_DIGITS[52]!);
    expect(readAlphabet(encodeVarints([0x5e74, 0x6708 - 0x5e74 - 1]))).toEqual(['年', '月']);
    // lead ~, single Q for symbol 1 (月), single Z for the token '","' (index 2: after the 2 symbols)
    const p = readPacking(encodeVarints([0x5e74, 0x6708 - 0x5e74 - 1]), '~', 'QZ', encodeVarints([1, 2]), ['","']);
    expect(unpackLexicon(p, '["~ ~!QZ~ ",2]')).toEqual(['年月月', '年', 2]);
  });

  it('packs the most frequent characters as singles, and rare ASCII characters as symbols when that pays', () => {
    const text = JSON.stringify({ a: '年年年年年年年年月', b: 'Q' });
    const { leads, singles, singleValues, symbols } = packing(text);
    // the tokens first, then the most frequent symbol
    const expected = [...TOKENS.filter((t: string) => text.includes(t)), '年'];
    expect(singleValues.slice(0, expected.length)).toEqual(expected);
    expect(singles.length).toBe(singleValues.length);
    expect(leads.length).toBeGreaterThan(0);
    for (const code of leads + singles) expect(PACK_DIGITS).toContain(code);
    // every character that is a code but also occurs in the text is a symbol
    for (const code of leads + singles) if (text.includes(code)) expect(symbols).toContain(code);
    expect(symbols).toEqual([...symbols].sort((a: string, b: string) => a.codePointAt(0)! - b.codePointAt(0)!));
  });
});
