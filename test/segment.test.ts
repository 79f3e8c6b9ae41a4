// Word segmentation: Intl.Segmenter (core, browser-safe) and nodejieba (Node, optional,
// lazy). Both must keep numbers whole, join back to their input, and importing tigang
// must never load nodejieba's native module.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIntlSegmenter, splitSentences } from '../src/index.js';
import { getSegmenter, loadNodejiebaSegmenter, mergeNumberWords, nodejiebaLoadError } from '../src/segment/node.js';

const root = join(import.meta.dirname, '..');
const jieba = loadNodejiebaSegmenter();
const intl = createIntlSegmenter();
const segmenters = [intl, ...(jieba ? [jieba] : [])];

const REPORT = readFileSync(join(root, 'fixtures/corpus/gwr-2025-national-wikisource.txt'), 'utf8');
const NUMBERS = '2025年国内生产总值增长5.5%左右，城镇新增就业1200万人以上，比例从91.3%提升至94.5%，投资１２．５亿元，2020，2021年分别新建3所、10所学校。';

describe('splitSentences', () => {
  it('splits after 。！？；!?; and newlines, keeping the delimiter, losslessly', () => {
    expect(splitSentences('一、总体要求\n到2025年，建成5所。好吗？好！第一；第二;end')).toEqual([
      '一、总体要求\n', '到2025年，建成5所。', '好吗？', '好！', '第一；', '第二;', 'end',
    ]);
    expect(splitSentences('')).toEqual([]);
  });

  it('caps chunks of a long line without breaks, never inside a number or a surrogate pair', () => {
    const line = '新建学校123456789所，投资12.5亿元😀'.repeat(2000);
    const chunks = splitSentences(line, 100);
    expect(chunks.join('')).toBe(line);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(100);
    for (let k = 1; k < chunks.length; k++) {
      const prev = chunks[k - 1]!;
      const next = chunks[k]!;
      expect(/[0-9]$/.test(prev) && /^[0-9.]/.test(next)).toBe(false);
      expect(/\.$/.test(prev) && /^[0-9]/.test(next)).toBe(false);
      expect(/[\ud800-\udbff]$/.test(prev)).toBe(false);
    }
  });

  it('is lossless on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 40 }), (s, max) => splitSentences(s, max).join('') === s), { numRuns: 200 });
  });
});

describe('mergeNumberWords', () => {
  it('merges digit runs and decimal points that jieba splits', () => {
    const text = '增长20.5%，G20峰会1.总体';
    expect(mergeNumberWords(['增长', '2', '0', '.', '5', '%', '，', 'G', '2', '0', '峰会', '1', '.', '总体'], text)).toEqual([
      '增长', '20.5', '%', '，', 'G', '20', '峰会', '1', '.', '总体',
    ]);
  });

  it('merges a thousands separator but not a list comma', () => {
    expect(mergeNumberWords(['1', ',', '2', '0', '0', '人', '3', ',', '4'], '1,200人3,4')).toEqual(['1,200', '人', '3', ',', '4']);
  });
});

describe.each(segmenters.map((s) => [s.name, s] as const))('%s segmenter', (_name, segmenter) => {
  it('cuts a real sentence into words', () => {
    const words = segmenter.cut('要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。');
    expect(words.join('')).toBe('要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。');
    expect(words).toContain('坚持');
    expect(words).toContain('发展');
    expect(words.length).toBeGreaterThan(10);
  });

  it('keeps numbers whole', () => {
    const words = segmenter.cut(NUMBERS);
    expect(words.join('')).toBe(NUMBERS);
    for (const n of ['2025', '5.5', '1200', '91.3', '94.5', '１２．５', '2020', '2021', '3', '10']) expect(words).toContain(n);
    // no word boundary falls between two digits
    let offset = 0;
    for (const w of words.slice(0, -1)) {
      offset += w.length;
      expect(/[0-9０-９]/.test(NUMBERS[offset - 1]!) && /[0-9０-９]/.test(NUMBERS[offset]!)).toBe(false);
    }
  });

  it('splits a whole report (long input) into words that join back to it', () => {
    const words = segmenter.cut(REPORT);
    expect(words.join('')).toBe(REPORT);
    expect(words.length).toBeGreaterThan(REPORT.length / 4);
    expect(words).toContain('2024');
  });

  it('joins back to any input (unicode, lone surrogates, numbers)', () => {
    const arb = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'一二三年月日万亿元%．.,，0123456789１２３、。；\n (（）)😀\ud800') }));
    fc.assert(fc.property(arb, (s) => segmenter.cut(s).join('') === s), { numRuns: 150 });
  });
});

describe('getSegmenter', () => {
  it('prefers nodejieba and falls back to Intl', () => {
    const s = getSegmenter();
    if (jieba) expect(s.name).toBe('nodejieba');
    else {
      console.warn(`nodejieba did not load (${nodejiebaLoadError()?.message}): only the Intl fallback is tested`);
      expect(s.name).toBe('intl');
    }
    expect(getSegmenter({ prefer: 'intl' }).name).toBe('intl');
  });

  it('rejects an unknown segmenter', () => {
    expect(() => getSegmenter({ prefer: 'hanlp' as never })).toThrow(/Invalid option prefer: got "hanlp"; expected "nodejieba" or "intl"/);
  });
});

describe('lazy nodejieba (built dist)', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
  const loadedEsm = `createRequire(import.meta.url).cache`;

  it('importing tigang (ESM, core and node entry) does not load nodejieba', () => {
    const code = `import { createRequire } from 'node:module';
      await import('./dist/index.js'); await import('./dist/node.js');
      const before = Object.keys(${loadedEsm}).some((k) => k.includes('nodejieba'));
      const { getSegmenter } = await import('./dist/node.js');
      const name = getSegmenter().name;
      const after = Object.keys(${loadedEsm}).some((k) => k.includes('nodejieba'));
      console.log(JSON.stringify({ before, name, after }));`;
    const out = JSON.parse(run(['--input-type=module', '-e', code]));
    expect(out.before).toBe(false);
    if (jieba) expect(out).toEqual({ before: false, name: 'nodejieba', after: true });
  });

  it('requiring tigang (CJS) does not load nodejieba', () => {
    const code = `require('./dist/index.cjs'); const t = require('./dist/node.cjs');
      const before = Object.keys(require.cache).some((k) => k.includes('nodejieba'));
      const name = t.getSegmenter().name;
      console.log(JSON.stringify({ before, name }));`;
    const out = JSON.parse(run(['-e', code]));
    expect(out.before).toBe(false);
    expect(out.name).toBe(jieba ? 'nodejieba' : 'intl');
  });

  it('the browser-safe core bundle names neither nodejieba nor a Node module', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      const code = readFileSync(join(root, file), 'utf8');
      expect(code).not.toMatch(/nodejieba|createRequire|require\(["'](node:)?(module|fs|path)["']\)|from ["'](node:)?(module|fs|path)["']/);
    }
  });

  it('falls back to Intl when nodejieba cannot load', () => {
    // a preload that makes require('nodejieba') fail, as when its native build failed
    const preload = `import M from 'node:module'; const orig = M._resolveFilename;
      M._resolveFilename = function (req, ...rest) { if (req === 'nodejieba') { const e = new Error('nodejieba broken'); e.code = 'MODULE_NOT_FOUND'; throw e; } return orig.call(this, req, ...rest); };`;
    const code = `import { getSegmenter, nodejiebaLoadError } from './dist/node.js';
      const s = getSegmenter();
      let strict = null;
      try { getSegmenter({ fallback: false }); } catch (e) { strict = { code: e.code, params: e.params, cause: e.cause?.message }; }
      console.log(JSON.stringify({ name: s.name, words: s.cut('新建2025所学校'), error: nodejiebaLoadError()?.message, strict }));`;
    const out = JSON.parse(run(['--import', `data:text/javascript,${encodeURIComponent(preload)}`, '--input-type=module', '-e', code]));
    expect(out).toEqual({
      name: 'intl',
      words: ['新建', '2025', '所', '学校'],
      error: 'nodejieba broken',
      // fallback: false asks for nodejieba or an error, never a silent Intl
      strict: { code: 'unsupported-runtime', params: { feature: 'nodejieba' }, cause: 'nodejieba broken' },
    });
  });
});
