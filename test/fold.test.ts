// The fold for matching (src/zh/fold.ts): one code unit for one, so offsets never move.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFoldPairs, foldForMatching, foldForms } from '../src/zh/fold.js';
import { FOLD_PAIRS_ENCODED } from '../src/zh/fold-table.js';
import { COMMON_HAN_ENCODED } from '../src/zh/common-chars.js';
import { readCodePointSet, readVarints } from '../src/zh/varints.js';
// @ts-expect-error: a plain .mjs script without types
import { encodeFoldPairs, encodeVarints, foldPairs } from '../scripts/generate-fold-table.mjs';

describe('foldForMatching', () => {
  it('folds full-width forms, ℅, compatibility ideographs and Traditional characters', () => {
    expect(foldForMatching('２０２６年，增长３０．５％')).toBe('2026年,增长30.5%');
    expect(foldForMatching('\u3000提高65℅')).toBe(' 提高65%');
    expect(foldForMatching('\uf98e \uf9e9 \uf902')).toBe('年 里 车'); // 年 里 車 as compatibility ideographs
    expect(foldForMatching('過去五年以來，億萬兩達到增長個百分點年內')).toBe('过去五年以来,亿万两达到增长个百分点年内');
    expect(foldForMatching('為眾')).toBe('为众'); // Taiwan variants through OpenCC's standard form
  });

  it('leaves characters that are Simplified too (显著, 什么, 高峰) and returns the same string when nothing folds', () => {
    const simplified = '显著提升，什么高峰';
    expect(foldForMatching(simplified)).toBe('显著提升,什么高峰');
    const plain = '显著提升什么高峰';
    expect(foldForMatching(plain)).toBe(plain);
  });

  it('keeps a lone surrogate as it is (the well-formed fast path is not taken) and a pair whole', () => {
    expect(foldForMatching('億\ud800元，２０２６\udc00')).toBe('亿\ud800元,2026\udc00');
    expect(foldForMatching('億𠀀元')).toBe('亿𠀀元');
    const long = '個'.repeat(10_000) + '\ud83d' + '１'.repeat(10_000);
    expect(foldForMatching(long)).toBe('个'.repeat(10_000) + '\ud83d' + '1'.repeat(10_000));
  });

  it('keeps the length, code unit for code unit, and folding twice changes nothing (random strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const f = foldForMatching(s);
        expect(f.length).toBe(s.length);
        expect(foldForMatching(f)).toBe(f);
        expect(foldForms(s).length).toBe(s.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('maps every table entry to one BMP code unit, and the table has no chains', () => {
    const pairs = decodeFoldPairs();
    const from = new Set<number>();
    for (let i = 0; i < pairs.length; i += 2) from.add(pairs[i]!);
    for (let i = 1; i < pairs.length; i += 2) {
      const c = pairs[i]!;
      expect(c < 0xd800 || c > 0xdfff).toBe(true);
      expect(from.has(c)).toBe(false);
    }
  });

  it('decodes to exactly the pairs the generator makes from OpenCC (every code unit checked)', async () => {
    const generated = (await foldPairs()) as [number, number][];
    expect(generated.length).toBe(2971);
    // the committed table is the generator's current output
    expect(FOLD_PAIRS_ENCODED).toBe(encodeFoldPairs(generated));
    expect([...decodeFoldPairs()]).toEqual(generated.flat());
    // and the fold applies exactly those pairs over the forms fold, for all 65,536 code units;
    // a compatibility ideograph (not in the table) folds as its NFKC form does
    const expected = new Map(generated);
    const viaTable = (c: number) => (expected.has(c) ? String.fromCharCode(expected.get(c)!) : foldForms(String.fromCharCode(c)));
    expect(foldForMatching('\uf902\uf91f')).toBe('车兰'); // 車 (U+F902) → 車 → 车; 蘭 (U+F91F) → 蘭 → 兰
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const want = c >= 0xf900 && c <= 0xfaff ? viaTable(foldForms(ch).charCodeAt(0)) : viaTable(c);
      if (foldForMatching(ch) !== want) expect([c.toString(16), foldForMatching(ch)]).toEqual([c.toString(16), want]);
    }
  });

  it('round-trips any sorted table through the ASCII encoding (extremes of the BMP included)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff })), { selector: (p) => p[0], maxLength: 300 }), (raw) => {
        const pairs = [...raw].sort((a, b) => a[0] - b[0]);
        const encoded = encodeFoldPairs(pairs) as string;
        // printable ASCII that no string literal needs to escape
        expect(/^[ -~]*$/.test(encoded) && !/['"`\\]/.test(encoded)).toBe(true);
        expect([...decodeFoldPairs(encoded)]).toEqual(pairs.flat());
      }),
      { numRuns: 500 },
    );
    expect([...decodeFoldPairs(encodeFoldPairs([[0, 0xffff], [0xffff, 0]]))]).toEqual([0, 0xffff, 0xffff, 0]);
  });

  it('changes no CJK character of the Simplified corpus texts', () => {
    for (const dir of ['fixtures/eval', 'fixtures/corpus']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt') && !x.startsWith('gwr-1955'))) {
        const text = readFileSync(join(dir, f), 'utf8');
        const folded = foldForMatching(text);
        const changed = new Set<string>();
        for (let i = 0; i < text.length; i++) if (text[i] !== folded[i] && /[\u4e00-\u9fff]/.test(text[i]!)) changed.add(text[i]!);
        // a few Traditional characters quoted in the texts themselves are expected; a Simplified word never is
        expect([...changed].filter((c) => '显著什么高峰后里干只台余'.includes(c)), f).toEqual([]);
      }
    }
  });
});

describe('foldForms', () => {
  it('folds forms but keeps Traditional characters (how a unit is given)', () => {
    expect(foldForms('億元')).toBe('億元');
    expect(foldForms('％')).toBe('%');
    expect(foldForms('套（间）')).toBe('套(间)');
    expect(foldForms('公\uf9e9')).toBe('公里');
  });
});

describe('ASCII varint tables (src/zh/varints.ts)', () => {
  it('reads back what the generators write', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 200 }), (numbers) => {
        expect(readVarints(encodeVarints(numbers) as string)).toEqual(numbers);
      }),
      { numRuns: 500 },
    );
  });

  it('holds the common characters of both scripts for the GB18030/Big5 guess', () => {
    const common = readCodePointSet(COMMON_HAN_ENCODED);
    expect(common.size).toBe(1121);
    for (const ch of '的业和国发發展經濟') expect(common.has(ch), ch).toBe(true);
    expect(common.has('龘')).toBe(false);
  });
});
