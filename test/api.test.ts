// The options of parse (issue 12 item 10): referenceDate as a Date or an ISO string, bad
// values as TigangError('invalid-option'), null arguments, path, well-formed output strings.
import { describe, expect, it } from 'vitest';
import { parse, toReferenceDate } from '../src/index.js';
import { catchError } from './helpers/errors.js';

const TEXT = '一、总体要求\n今年年底前新建学校5所，明年完成改造。\n二、主要任务\n到2025年，覆盖率达到90%。';


describe('referenceDate', () => {
  const byString = parse(TEXT, { referenceDate: '2024-03-15' });

  it('the ISO string resolves 今年 and 明年', () => {
    const intervals = byString.deadlines.map((t) => [t.raw, t.interval]);
    expect(intervals).toContainEqual(['今年年底前', { start: '2024-03-15', end: '2024-12-31' }]);
    expect(byString.warnings.map((w) => w.code)).not.toContain('unresolved-deadline');
  });

  it.each([
    ['new Date("2024-03-15") (midnight UTC)', new Date('2024-03-15')],
    ['new Date(2024, 2, 15) (local midnight)', new Date(2024, 2, 15)],
    ['new Date(2024, 2, 15, 23, 59) (late evening, local)', new Date(2024, 2, 15, 23, 59)],
    ['an ISO date-time string', '2024-03-15T10:30:00+08:00'],
  ])('%s gives the same deadlines as the string', (_name, referenceDate) => {
    const doc = parse(TEXT, { referenceDate });
    expect(doc.deadlines).toEqual(byString.deadlines);
    expect(doc.commitments).toEqual(byString.commitments);
    expect(doc.warnings).toEqual(byString.warnings);
  });

  it('without one, 今年 stays unresolved and is warned about', () => {
    const doc = parse(TEXT);
    expect(doc.deadlines.find((t) => t.raw === '今年年底前')).toMatchObject({ interval: null, resolution: 'unresolved' });
    expect(doc.warnings.filter((w) => w.code === 'unresolved-deadline').length).toBeGreaterThan(0);
  });

  it.each([
    ['yesterday', '"yesterday"'],
    ['2024-02-30', '"2024-02-30"'],
    ['2023-02-29', '"2023-02-29"'],
    ['2024-13-01', '"2024-13-01"'],
    ['2024/03/15', '"2024/03/15"'],
    [20240315, '20240315'],
    [new Date('not a date'), 'Invalid Date'],
    [{ year: 2024 }, 'Object'],
    [true, 'true'],
  ])('%j is TigangError("invalid-option") naming the option and the value', (value, shown) => {
    const error = catchError(() => parse(TEXT, { referenceDate: value as never }));
    expect(error.code).toBe('invalid-option');
    expect(error.params).toMatchObject({ option: 'referenceDate', value: shown });
    expect(error.message).toContain(shown);
  });

  it('null and undefined mean "none"; a leap day is a date', () => {
    expect(toReferenceDate(null)).toBeNull();
    expect(toReferenceDate(undefined)).toBeNull();
    expect(toReferenceDate('2024-02-29')).toBe('2024-02-29');
    expect(toReferenceDate('2000-02-29')).toBe('2000-02-29');
    expect(() => toReferenceDate('1900-02-29')).toThrow();
  });
});

describe('arguments and options', () => {
  it.each([
    ['null', null],
    ['a string', 'markdown'],
    ['an array', []],
    ['a number', 1],
  ])('parse(text, %s) is TigangError("invalid-option") for "options"', (_name, options) => {
    expect(catchError(() => parse(TEXT, options as never)).params).toMatchObject({ option: 'options' });
  });

  it('path: a string or null, recorded in source.path; anything else is invalid-option', () => {
    expect(parse(TEXT, { path: 'a/b.txt' }).source.path).toBe('a/b.txt');
    expect(parse(TEXT, { path: null }).source.path).toBeNull();
    expect(catchError(() => parse(TEXT, { path: 42 as never })).params).toEqual({ option: 'path', value: '42', expected: 'a string or null' });
    expect(catchError(() => parse(TEXT, { path: {} as never })).params).toMatchObject({ option: 'path' });
  });
});

describe('output strings are well-formed', () => {
  const isWellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
  const strings = (v: unknown, out: string[] = []): string[] => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
    else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
    return out;
  };

  it('a lone surrogate becomes U+FFFD; lengths and offsets stay those of the input', () => {
    // a high surrogate alone inside a heading title, a low one alone in the body
    const text = '一、总体\ud83d要求\n到2025年新建学校5所\udc00。\n二、主要任务\n今年完成改造。';
    const doc = parse(text);
    expect(doc.source.length).toBe(text.length);
    for (const s of strings(doc)) expect(isWellFormed(s), JSON.stringify(s)).toBe(true);
    expect(doc.outline.children[0]!.title).toBe('总体\ufffd要求');
    const q = doc.quantities.find((x) => x.raw === '5所')!;
    expect(text.slice(q.position.start.offset, q.position.end.offset)).toBe('5所');
    expect(doc.warnings.find((w) => w.code === 'replacement-character')).toMatchObject({ params: { count: 2 }, stage: 'decode' });
    // a valid pair is kept
    expect(parse('一、总体要求\n新建学校5所😀。').removed).toEqual([]);
  });
});

describe('extractTimes takes the same referenceDate', () => {
  it('a Date resolves like the string', async () => {
    const { extractTimes } = await import('../src/index.js');
    expect(extractTimes('今年年底前完成。', { referenceDate: new Date('2024-03-15') })).toEqual(extractTimes('今年年底前完成。', { referenceDate: '2024-03-15' }));
    expect(() => extractTimes('今年', { referenceDate: 'yesterday' })).toThrow(/Invalid option referenceDate/);
  });
});

describe('parseFile / parseFileSync (tigang/node) check their arguments', () => {
  it('a path that is not a string is invalid-input; null options are invalid-option', async () => {
    const { parseFile, parseFileSync } = await import('../src/node.js');
    expect(catchError(() => parseFileSync(undefined as never)).params).toEqual({ function: 'parseFileSync', accepts: ['string'], received: 'undefined' });
    await expect(parseFile(7 as never)).rejects.toMatchObject({ code: 'invalid-input', params: { function: 'parseFile', received: 'number' } });
    const sample = new URL('../fixtures/eval/001_51c8b0c266839527.txt', import.meta.url).pathname;
    expect(catchError(() => parseFileSync(sample, null as never)).params).toMatchObject({ option: 'options' });
    expect(parseFileSync(sample, { referenceDate: new Date('2024-03-15') }).source.path).toBe(sample);
  });
});
