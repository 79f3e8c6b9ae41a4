// Issues as data: warnings { code, params, position?, stage }, TigangError { code, params },
// messages in both locales made from params, safeParse, the codes that are now raised.
import { readFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  clean,
  createIntlSegmenter,
  decode,
  ERROR_CODES,
  LOCALES,
  message,
  MESSAGES,
  parse,
  safeParse,
  TigangError,
  WARNING_CODES,
  type ErrorParams,
  type WarningParams,
} from '../src/index.js';
import { parse as parseWithMarkdown } from '../src/markdown-entry.js';
import { Warning as WarningSchema, WarningCode as WarningCodeSchema, WarningParams as WarningParamsSchema } from '../src/schema-entry.js';
import { catchError } from './helpers/errors.js';

/** One realistic params object per code: what the message tables must render. */
const WARNING_EXAMPLES: { [C in keyof WarningParams]: WarningParams[C] } = {
  truncated: { missing: 715 },
  'ordinal-gap': { previous: 1, current: 3, marker: '三、' },
  'orphan-heading': { marker: '（二）' },
  'toc-only-heading': { marker: '第三章' },
  'replacement-character': { count: 2 },
  'unresolved-deadline': { raw: '年底前' },
  'markdown-fallback': { reason: 'Maximum call stack size exceeded' },
  'empty-document': { length: 12 },
};
const ERROR_EXAMPLES: { [C in keyof ErrorParams]: ErrorParams[C] } = {
  'invalid-input': { function: 'parse', accepts: ['string', 'Uint8Array', 'ArrayBuffer'], received: 'null' },
  undecodable: { encoding: null, length: 4096 },
  'unsupported-format': { format: 'pdf', supported: ['text', 'markdown'] },
  'file-not-found': { path: 'a.txt' },
  'file-unreadable': { path: 'a.txt', reason: 'EACCES' },
  'invalid-option': { option: 'referenceDate', value: '"yesterday"', expected: 'an ISO date string (YYYY-MM-DD) or a valid Date' },
  'unsupported-runtime': { feature: 'Intl.Segmenter' },
  'empty-input': { path: 'empty.txt' },
  'file-too-large': { path: 'big.txt', size: 60_000_000, limit: 50_000_000 },
  'zip-bomb': { what: 'unpacked size', value: 2_000_000_000, limit: 200_000_000 },
  'docx-invalid': { reason: 'no word/document.xml' },
};


describe('messages: both locales cover every code', () => {
  const codes = [...WARNING_CODES, ...ERROR_CODES];
  const examples = { ...WARNING_EXAMPLES, ...ERROR_EXAMPLES } as Record<string, object>;

  it('every code has an example here (a new code must be added to the tables and to this test)', () => {
    expect(Object.keys(examples).sort()).toEqual([...codes].sort());
  });

  it.each(LOCALES.flatMap((locale) => codes.map((code) => [locale, code] as const)))('%s: %s', (locale, code) => {
    expect(typeof MESSAGES[locale][code]).toBe('function');
    const text = message({ code, params: examples[code] } as never, locale);
    expect(text.length).toBeGreaterThan(5);
    expect(text).not.toMatch(/undefined|\[object |NaN/);
    // the params reach the text (every string or number param that is shown at all)
    if (code === 'truncated') expect(text).toContain('715');
    if (code === 'invalid-option') expect(text).toContain('referenceDate');
    if (code === 'invalid-input') expect(text).toContain('null');
  });

  it('zh and en differ for every code (no locale falls back to the other)', () => {
    for (const code of codes) {
      const issue = { code, params: examples[code] } as never;
      expect(message(issue, 'zh'), code).not.toBe(message(issue, 'en'));
      expect(message(issue, 'zh'), code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('the zod schema of a warning lists the same codes and params', () => {
    expect(WarningCodeSchema.options).toEqual([...WARNING_CODES]);
    expect(Object.keys(WarningParamsSchema).sort()).toEqual([...WARNING_CODES].sort());
    for (const code of WARNING_CODES) {
      expect(WarningSchema.safeParse({ code, params: WARNING_EXAMPLES[code], stage: 'outline' }).success, code).toBe(true);
      expect(WarningSchema.safeParse({ code, params: {}, stage: 'outline' }).success, `${code} without params`).toBe(false);
    }
  });
});

describe('warnings are data', () => {
  it('a cut text: truncated { missing } from the clean stage, with a position into the original', () => {
    const text = '一、总体要求\n今年年底前新建学校5所。\n……(新文秘网http://www.wm114.cn省略715字,正式会员可完整阅读)……\n到2025年，完成改造。';
    const doc = parse(text);
    const cut = doc.warnings.find((w) => w.code === 'truncated')!;
    expect(cut).toMatchObject({ code: 'truncated', params: { missing: 715 }, stage: 'clean' });
    expect(text.slice(cut.position!.start.offset, cut.position!.end.offset)).toContain('省略715字');
    expect(message(cut, 'zh')).toBe('原文被网站截断,缺少 715 字。');
    expect(message(cut, 'en')).toContain('715 characters are missing');
    const unresolved = doc.warnings.find((w) => w.code === 'unresolved-deadline')!;
    expect(unresolved).toMatchObject({ params: { raw: '今年年底前' }, stage: 'extract' });
    // no message text in the output: it is made at the edges
    expect(JSON.stringify(doc.warnings)).not.toMatch(/"message"/);
  });

  it('a real sample: every warning validates against the zod schema', () => {
    const doc = parse(readFileSync(new URL('../fixtures/eval/000_1ead45d65ebf2d6b.txt', import.meta.url)));
    expect(doc.warnings.length).toBeGreaterThan(0);
    for (const w of doc.warnings) expect(WarningSchema.parse(w)).toEqual(w);
  });

  it('empty-document: a text that is blank, or only noise, after cleaning', () => {
    for (const text of ['', ' \n\u3000\n', 'http://www.example.com/a/b.html\n']) {
      const doc = parse(text);
      expect(doc.warnings.map((w) => w.code), JSON.stringify(text)).toContain('empty-document');
      expect(doc.warnings.find((w) => w.code === 'empty-document')).toMatchObject({ params: { length: text.length }, stage: 'clean' });
    }
    expect(parse('一、总体要求\n到2025年新建学校5所。').warnings.map((w) => w.code)).not.toContain('empty-document');
  });

  it('markdown-fallback carries the reason', () => {
    expect(WARNING_EXAMPLES['markdown-fallback'].reason.length).toBeGreaterThan(0);
    const fallback = { code: 'markdown-fallback', params: { reason: 'boom' } } as const;
    expect(message(fallback)).toContain('boom');
  });
});

describe('TigangError: code and params, structured-cloneable', () => {
  it('parse(null): invalid-input naming the function and what it got (not "got undefined")', () => {
    const error = catchError(() => parse(null as never));
    expect(error).toBeInstanceOf(TigangError);
    expect(error.code).toBe('invalid-input');
    expect(error.params).toEqual({ function: 'parse', accepts: ['string', 'Uint8Array', 'ArrayBuffer'], received: 'null' });
    expect(error.message).toBe('parse() expects string or Uint8Array or ArrayBuffer; got null.');
    expect(catchError(() => parse(42 as never)).params).toMatchObject({ received: 'number' });
    expect(catchError(() => parse({} as never)).params).toMatchObject({ received: 'Object' });
  });

  it('survives structuredClone and JSON as data, and is rebuilt intact', () => {
    const error = catchError(() => parse('x', { referenceDate: 'yesterday' }));
    const data = structuredClone(error.toJSON());
    const rebuilt = TigangError.fromData(data);
    expect(rebuilt).toBeInstanceOf(TigangError);
    expect(rebuilt.code).toBe('invalid-option');
    expect(rebuilt.params).toEqual(error.params);
    expect(rebuilt.message).toBe(error.message);
    expect(TigangError.fromData(JSON.parse(JSON.stringify(error)))).toMatchObject({ code: error.code, params: error.params });
    // what a plain structuredClone of the Error itself keeps: the message, not the code
    expect(structuredClone(error).message).toBe(error.message);
    expect(() => TigangError.fromData({ code: 'nope', params: {} } as never)).toThrow(TypeError);
  });

  it('through a MessageChannel (what a worker does)', async () => {
    const error = catchError(() => decode(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41])));
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<unknown>((resolve) => port2.once('message', resolve));
    port1.postMessage(error.toJSON());
    const rebuilt = TigangError.fromData((await received) as never);
    port1.close();
    port2.close();
    expect(rebuilt).toMatchObject({ code: 'undecodable', params: { encoding: 'utf-16le', length: 3 } });
  });

  it('decode(null) and clean(null) are TigangErrors too', () => {
    expect(catchError(() => decode(null as never)).params).toEqual({ function: 'decode', accepts: ['string', 'Uint8Array', 'ArrayBuffer'], received: 'null' });
    expect(catchError(() => clean(null as never)).params).toEqual({ function: 'clean', accepts: ['string'], received: 'null' });
    expect(catchError(() => clean(new Uint8Array(2) as never)).params).toMatchObject({ received: 'Uint8Array' });
  });

  it('unsupported-format: an unknown format, and Markdown without the projector', () => {
    const unknown = catchError(() => parse('x', { format: 'pdf' as never }));
    expect(unknown).toMatchObject({ code: 'unsupported-format', params: { format: 'pdf', supported: ['text', 'markdown', 'html'] } });
    const md = catchError(() => parse('# 一、总体要求', { format: 'markdown' }));
    expect(md).toMatchObject({ code: 'unsupported-format', params: { format: 'markdown', supported: ['text'] } });
    expect(md.message).toContain("'tigang/markdown'");
    expect(parseWithMarkdown('# 一、总体要求\n\n到2025年新建学校5所。', { format: 'markdown' }).outline.children).toHaveLength(1);
  });

  it('invalid-option names the option and shows the value given', () => {
    const error = catchError(() => parse('x', { referenceDate: 20240315 as never }));
    expect(error.params).toEqual({ option: 'referenceDate', value: '20240315', expected: 'an ISO date string (YYYY-MM-DD) or a valid Date' });
    expect(message(error, 'en')).toBe('Invalid option referenceDate: got 20240315; expected an ISO date string (YYYY-MM-DD) or a valid Date.');
    expect(message(error, 'zh')).toContain('referenceDate');
  });

  it('Intl.Segmenter missing: unsupported-runtime, not a plain Error', () => {
    const saved = Intl.Segmenter;
    try {
      // a runtime built without ICU word break (small-icu)
      delete (Intl as { Segmenter?: unknown }).Segmenter;
      expect(catchError(() => createIntlSegmenter())).toMatchObject({ code: 'unsupported-runtime', params: { feature: 'Intl.Segmenter' } });
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = saved;
    }
  });
});

describe('safeParse', () => {
  it('returns the document on success', () => {
    const text = '一、总体要求\n到2025年新建学校5所。';
    expect(safeParse(text)).toEqual({ success: true, data: parse(text) });
  });

  it.each([
    ['null input', () => safeParse(null as never), 'invalid-input'],
    ['null options', () => safeParse('x', null as never), 'invalid-option'],
    ['a bad date', () => safeParse('x', { referenceDate: '2024-02-30' }), 'invalid-option'],
    ['an unknown format', () => safeParse('x', { format: 'docx' as never }), 'unsupported-format'],
    ['undecodable bytes', () => safeParse(new Uint8Array([0xfe, 0xff, 0xd8, 0x00, 0x00])), 'undecodable'],
  ])('returns the error on %s', (_name, run, code) => {
    const result = run();
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(TigangError);
      expect(result.error.code).toBe(code);
    }
  });
});

describe('no swallowed exceptions in extraction', () => {
  it('src/extract has no catch block (a reader that throws is a bug to see)', () => {
    const source = readFileSync(new URL('../src/extract/quantities.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/\bcatch\s*(\(|\{)/);
  });
});

describe('docs/errors.md', () => {
  it('documents every warning and error code (regenerate with node scripts/write-errors-doc.mjs)', () => {
    const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
    for (const code of [...WARNING_CODES, ...ERROR_CODES]) {
      expect(doc, code).toContain(`### \`${code}\``);
      const section = doc.slice(doc.indexOf(`### \`${code}\``)).split('\n### ')[0]!;
      expect(section, code).toMatch(/\n- params: `\{.*\}`\n/);
      expect(section, code).toMatch(/\n- en: [^\n]*[a-z]{3}/);
      expect(section, code).toMatch(/\n- zh: .*[\u4e00-\u9fff]/);
    }
  });
});
