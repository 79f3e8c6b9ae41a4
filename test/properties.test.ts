// Property tests of the whole pipeline (fast-check): parse never throws on a string, and
// every position it reports points at what it claims to, in the ORIGINAL text.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { clean, decode, isTigangError, parse } from '../src/markdown-entry.js';
import { TigangDocument } from '../src/schema-entry.js';
import type { Position, Section } from '../src/index.js';

const RUNS = Number(process.env.TIGANG_PROPERTY_RUNS ?? 150);
// TIGANG_PROPERTY_RUNS=100000 (issue 12's 10^5 inputs) takes minutes per property
vi.setConfig({ testTimeout: Math.max(60_000, RUNS * 20) });

// ---- arbitraries -------------------------------------------------------------------

const MARKERS = [
  '一、', '二、', '三、', '十、', '（一）', '（二）', '(三)', '（十一）', '1.', '2.', '3．', '10.', '1、', '2、',
  '（1）', '(2)', '1）', '①', '②', '一是', '二是', '三是', '第一，', '第二，', '第一章', '第二章', '第一节',
  '第一条', '第二条', '第一部分', '第一篇', '首先，', '其次，', '最后，', '1.1', '1.2.1', '2.1 ',
];
const NUMBERS = [
  '2025年', '5%', '1200万', '91.3%', '１２．５', '二十', '百分之五', '3所', '10亿元', '1,200', '0.5个百分点',
  '5.5%左右', '不低于30%', '从91.3%提升至94.5%', '2025-2030年', '3.2万人', '两千', '7', '0', '100', '1:1',
];
const PUNCT = ['、', '，', '。', '（', '）', '(', ')', '；', '：', '\n', '\r\n', '\n\n', '\r', ' ', '　', '“', '”', '《', '》', '…', '——', '\u200b', '\ufeff'];
const WORDS = [
  '总体要求', '重点任务', '加快', '建设', '推进', '完成', '年内', '到', '今年', '每学期', '近三年', '不低于', '提升至', '从', '新建',
  '义务教育学校', '各地区各部门要', '目 录', '目录', '附件', '来源：新华网', '责任编辑：张三', '首页 > 新闻 > 正文', '阅读全文',
  '（未完）', '……(新文秘网省略715字,正式会员可完整阅读)……', '全文共3811字,当前仅显示2007字', '同志们：', '谢谢大家！',
  '2024年3月5日', '在全市工作会议上的讲话', '# 标题', '**', '- ', '> ', '---', '[链接](http://x.cn)', '<!-- c -->',
];
const fragment = fc.constantFrom(...MARKERS, ...NUMBERS, ...PUNCT, ...WORDS);
/** Strings built from policy-text fragments: markers, numbers, 、，。（）, newlines. */
const policyText = fc
  .array(fc.oneof({ weight: 8, arbitrary: fragment }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength: 80 })
  .map((parts) => parts.join(''));
/** A document shaped like a real one: headings on their own lines, then body sentences. */
const policyDoc = fc
  .array(
    fc.tuple(fc.constantFrom(...MARKERS), fc.constantFrom(...WORDS), fc.array(fc.constantFrom(...WORDS, ...NUMBERS, '，', '。'), { maxLength: 12 })),
    { maxLength: 12 },
  )
  .map((sections) => sections.map(([m, t, body]) => `${m}${t}\n${body.join('')}。`).join('\n'));
const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }), // lone surrogates included
  policyText,
  policyDoc,
);

// ---- oracles -----------------------------------------------------------------------

const fold = (s: string) => s.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/** unist point of an offset, computed independently of src/location.ts (\n, \r\n, \r end a line). */
function pointOf(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** The original text of [start, end) without the spans the cleaner or the Markdown projection removed. */
function keptText(original: string, start: number, end: number, removed: readonly Position[]): string {
  let out = '';
  let at = start;
  for (const r of removed) {
    const rs = Math.max(r.start.offset, at);
    const re = Math.min(r.end.offset, end);
    if (re <= rs) continue;
    out += original.slice(at, rs);
    at = re;
  }
  return out + original.slice(at, end);
}

function* positionsIn(value: unknown, path = '$'): Generator<[string, Position]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* positionsIn(value[i], `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'position' && v && typeof v === 'object' && 'start' in v && 'end' in v) yield [`${path}.position`, v as Position];
      yield* positionsIn(v, `${path}.${key}`);
    }
  }
}

function* sections(nodes: readonly Section[]): Generator<Section> {
  for (const s of nodes) {
    yield s;
    yield* sections(s.children);
  }
}

const inside = (inner: Position, outer: Position) => outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;

// ---- properties --------------------------------------------------------------------

function parseBoth(text: string) {
  return [parse(text), parse(text, { format: 'markdown' })];
}

describe('parse (properties)', () => {
  it('never throws on any string, in text or markdown mode, and its output matches the schema', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        for (const doc of parseBoth(text)) {
          TigangDocument.parse(doc);
          expect(doc.source.length).toBe(decode(text).text.length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on bytes except TigangError("undecodable")', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          parse(bytes);
        } catch (error) {
          expect(isTigangError(error) && error.code === 'undecodable').toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('every position lies in the original text, has end ≥ start and line/column matching its offset', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const original = decode(text).text;
        for (const doc of parseBoth(text)) {
          for (const [path, p] of positionsIn(doc)) {
            expect(p.end.offset, path).toBeGreaterThanOrEqual(p.start.offset);
            expect(p.end.offset, path).toBeLessThanOrEqual(original.length);
            expect(p.start, path).toEqual(pointOf(original, p.start.offset));
            expect(p.end, path).toEqual(pointOf(original, p.end.offset));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("every heading's position slices to its marker (modulo width) followed by text containing its title", () => {
    fc.assert(
      fc.property(fc.oneof(policyDoc, policyText), (text) => {
        const original = decode(text).text;
        for (const doc of parseBoth(text)) {
          const removed = doc.removed.map((r) => r.position);
          for (const s of sections(doc.outline.children)) {
            if (!s.heading) {
              expect(s.origin, `${s.id} has no heading position`).toBe('toc');
              continue;
            }
            const p = s.heading.position;
            const heading = fold(keptText(original, p.start.offset, p.end.offset, removed));
            expect(heading.startsWith(fold(s.marker)), `${s.id}: "${heading}" starts with "${s.marker}"`).toBe(true);
            expect(heading.includes(fold(s.title)), `${s.id}: "${heading}" contains "${s.title}"`).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('outline positions nest: headings inside their sections, children inside parents, siblings in order', () => {
    const check = (children: readonly Section[], parent: Position | undefined) => {
      let previous: Position | undefined;
      for (const s of children) {
        if (s.position) {
          if (s.heading) expect(inside(s.heading.position, s.position), `${s.id} heading inside its section`).toBe(true);
          if (parent) expect(inside(s.position, parent), `${s.id} inside its parent`).toBe(true);
          if (previous) expect(previous.end.offset, `${s.id} after its previous sibling`).toBeLessThanOrEqual(s.position.start.offset);
          previous = s.position;
        }
        check(s.children, s.position ?? parent);
      }
    };
    fc.assert(
      fc.property(fc.oneof(policyDoc, policyText), (text) => {
        for (const doc of parseBoth(text)) check(doc.outline.children, doc.outline.position);
      }),
      { numRuns: RUNS },
    );
  });

  // The documented rule (docs/times.md, README): every raw and every claim text is the original at
  // its position with the removed spans deleted. TIGANG_PROPERTY_RUNS=100000 runs it on 10^5 inputs.
  it("every quantity's, deadline's and claim's position slices to its raw/text, every removed span's to its text", () => {
    fc.assert(
      fc.property(fc.oneof(policyText, policyDoc), (text) => {
        const original = decode(text).text;
        for (const doc of parseBoth(text)) {
          const removed = doc.removed.map((r) => r.position);
          for (const r of doc.removed) expect(original.slice(r.position.start.offset, r.position.end.offset)).toBe(r.text);
          for (const q of doc.quantities) {
            const { start, end } = q.position;
            const exact = original.slice(start.offset, end.offset);
            // a span the cleaner deleted inside a quantity (a hard wrap, a page-chunk number) is not part of its raw
            if (exact !== q.raw) expect(keptText(original, start.offset, end.offset, removed), `quantity "${q.raw}"`).toBe(q.raw);
          }
          const spans: [string, Position][] = [
            ...doc.deadlines.map((t): [string, Position] => [t.raw, t.position]),
            ...[...doc.commitments, ...doc.achievements].map((c): [string, Position] => [c.text, c.position]),
          ];
          for (const [raw, { start, end }] of spans) {
            if (original.slice(start.offset, end.offset) !== raw) expect(keptText(original, start.offset, end.offset, removed), `"${raw}"`).toBe(raw);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('clean (properties)', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const once = clean(text).text;
        expect(clean(once).text).toBe(once);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('removes spans only: its map sends every kept character back to itself', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const { text: out, map, removed } = clean(text);
        for (let i = 0; i < out.length; i++) expect(text[map.toSource(i)]).toBe(out[i]);
        for (const r of removed) expect(text.slice(r.start, r.end)).toBe(r.text);
      }),
      { numRuns: RUNS },
    );
  });
});
