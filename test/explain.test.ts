// The `explain` option: what the quantity filters rejected, on real text (the Hainan 2026
// government work report and an education plan from fixtures/eval), with positions into
// the original like every other record.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { findQuantities } from '../src/extract/quantities.js';
import { TigangDocument } from '../src/schema/index.js';
import type { RejectedQuantity } from '../src/schema/explain.js';
import { catchError } from './helpers/errors.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const HAINAN = readFileSync(`${FIXTURES}corpus/gwr-2026-hainan.txt`, 'utf8');
const EDUCATION = readFileSync(`${FIXTURES}eval/000_1ead45d65ebf2d6b.txt`, 'utf8');

/** The lines of `text` from the one holding `from` to the one holding `to`, as written. */
function excerpt(text: string, from: string, to: string): string {
  const start = text.lastIndexOf('\n', text.indexOf(from)) + 1;
  const endAt = text.indexOf('\n', text.indexOf(to, start));
  return text.slice(start, endAt < 0 ? text.length : endAt);
}

const rejectedOf = (text: string): RejectedQuantity[] => parse(text, { explain: true }).explain!.quantities.rejected;

describe('explain: rejected quantity candidates', () => {
  // 一、2025年和“十四五”时期工作回顾 / 刚刚过去的2025年，是“十四五”收官之年 … 共建“一带一路”国家 …
  const review = excerpt(HAINAN, '一、2025年和“十四五”时期工作回顾', '共建“一带一路”国家在热带农业');

  it('names the parser and the filter of each rejected candidate, with its position in the original', () => {
    const rejected = rejectedOf(review);
    const years = rejected.filter((r) => r.raw === '2025年');
    expect(years.length).toBeGreaterThanOrEqual(2);
    for (const r of years) expect(r).toMatchObject({ parser: 'amount', filter: 'year' });
    for (const r of rejected) {
      expect(review.slice(r.position.start.offset, r.position.end.offset)).toBe(r.raw);
      const line = review.slice(0, r.position.start.offset).split('\n').length;
      expect(r.position.start.line).toBe(line);
    }
    // in text order
    const offsets = rejected.map((r) => r.position.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('a kept quantity is never also rejected', () => {
    const doc = parse(review, { explain: true });
    const kept = new Set(doc.quantities.map((q) => q.position.start.offset));
    expect(doc.quantities.length).toBeGreaterThan(10);
    for (const r of doc.explain!.quantities.rejected) expect(kept.has(r.position.start.offset)).toBe(false);
  });

  it('十四五 and 一带一路 are no candidates at all: the word-numeral parser passes over them', () => {
    const doc = parse(review, { explain: true });
    for (const list of [doc.explain!.quantities.rejected, doc.quantities]) {
      expect(list.some((r) => /十四五|十五五|一带|一路/.test(r.raw))).toBe(false);
    }
    // the time extractor reads the plan period
    expect(doc.deadlines.some((t) => t.raw.includes('十四五'))).toBe(true);
  });

  it('the slogan filter: 四个一批 (a numbered slogan, not four of anything)', () => {
    const note = excerpt(HAINAN, '［17］四个一批', '谋划一批、开工一批');
    expect(rejectedOf(note)).toContainEqual(expect.objectContaining({ raw: '四个', parser: 'amount', filter: 'slogan' }));
  });

  it('a range of two years is proposed by the range parser and rejected by the year filter', () => {
    const plan = excerpt(EDUCATION, '编制《**市中小学布局专项规划(2025-2030)》', '编制《**市中小学布局专项规划(2025-2030)》');
    expect(rejectedOf(plan)).toContainEqual(expect.objectContaining({ raw: '2025-2030', parser: 'range', filter: 'year' }));
    // while 新建义务教育学校5所 is kept
    expect(parse(plan).quantities.map((q) => q.raw)).toContain('5所');
  });

  it('positions point into the original where the cleaner deleted page-number lines', () => {
    const noisy = `来源：海南省人民政府网  发布时间：2026-01-28\n${review.replace(/\n/g, '\n\n第3页\n\n')}`;
    const doc = parse(noisy, { explain: true });
    expect(doc.removed.length).toBeGreaterThan(0);
    const rejected = doc.explain!.quantities.rejected;
    expect(rejected.length).toBe(rejectedOf(review).length);
    for (const r of rejected) expect(noisy.slice(r.position.start.offset, r.position.end.offset)).toBe(r.raw);
  });

  it('matches its zod schema (tigang/schema)', () => {
    const doc = parse(HAINAN, { explain: true });
    expect(doc.explain!.quantities.rejected.length).toBeGreaterThan(50);
    expect(TigangDocument.safeParse(doc).success).toBe(true);
  });
});

describe('explain off: the output is unchanged', () => {
  it('without the option (or with false) the document has no explain field and is otherwise the same', () => {
    const plain = parse(HAINAN);
    expect('explain' in plain).toBe(false);
    expect(parse(HAINAN, { explain: false })).toEqual(plain);
    const { explain, ...rest } = parse(HAINAN, { explain: true });
    expect(explain).toBeDefined();
    expect(rest).toEqual(plain);
  });

  it('findQuantities finds the same quantities whether or not it records the rejected', () => {
    const rejected: { start: number; end: number; parser: string; filter: string }[] = [];
    expect(findQuantities(HAINAN, { rejected })).toEqual(findQuantities(HAINAN));
    expect(rejected.length).toBeGreaterThan(50);
  });

  it('a value that is not a boolean is an invalid-option error', () => {
    const error = catchError(() => parse('到2025年', { explain: 'yes' as unknown as boolean }));
    expect(error.code).toBe('invalid-option');
    expect(error.params).toMatchObject({ option: 'explain', expected: 'true or false' });
  });
});
