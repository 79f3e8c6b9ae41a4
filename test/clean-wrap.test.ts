// The rules that join lines: hard wraps of text copied from official-document PDFs, and
// the page-chunk numbers of document-sharing sites. The PDF texts are made here from a
// corpus report: each paragraph wrapped at a fixed width, a page number every 22 lines.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import { hardWrap } from '../src/clean/rules/hard-wrap.js';
import { pageChunkNumber } from '../src/clean/rules/page-chunk-number.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const REPORT = readFileSync(`${FIXTURES}corpus/gwr-2025-national-wikisource.txt`, 'utf8');
/** The report's paragraphs and headings, one per line, without the licence block. */
const PARAGRAPHS = REPORT.slice(0, REPORT.indexOf('本作品是'))
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '');
/** What ends a sentence or a heading at the end of a line: there the break is kept. */
const SENTENCE_END = /[。！？!?；;：:…]["'”’」』）)】》]*$/;

const chars = (s: string) => s.length;
/** Width on the page: CJK and full-width 2, ASCII 1 (how a PDF fills its lines). */
const display = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 1 : 2), 0);

interface Wrapped {
  wrapped: string;
  /** The paragraphs again, each on one line, except after a sentence end at a wrap. */
  expected: string;
  breaks: number;
}

/** Wraps every paragraph at `width` and puts a page-number line after every `every` lines. */
function wrap(paragraphs: readonly string[], width: number, measure: (s: string) => number, every: number, pageLine: (n: number) => string): Wrapped {
  const out: string[] = [];
  const expected: string[] = [];
  let lines = 0;
  let page = 1;
  let breaks = 0;
  for (const p of paragraphs) {
    const pieces: string[] = [];
    let line = '';
    for (const ch of p) {
      if (measure(line + ch) > width) {
        pieces.push(line);
        line = '';
      }
      line += ch;
    }
    pieces.push(line);
    breaks += pieces.length - 1;
    for (const piece of pieces) {
      out.push(piece);
      if (++lines % every === 0) out.push(pageLine(page++));
    }
    expected.push(pieces.map((l, i) => (i < pieces.length - 1 && SENTENCE_END.test(l) ? `${l}\n` : l)).join(''));
  }
  return { wrapped: out.join('\n'), expected: expected.join('\n'), breaks };
}

describe('hard-wrap: PDF text wrapped every 28 characters', () => {
  const w = wrap(PARAGRAPHS, 28, chars, 22, (n) => `— ${n} —`);

  it('the fixture is what it claims: lines of 28 characters, page numbers every 22 lines', () => {
    const lines = w.wrapped.split('\n');
    expect(lines.filter((l) => l.length === 28).length).toBeGreaterThan(500);
    expect(lines.filter((l) => /^— \d+ —$/.test(l)).length).toBe(Math.floor((lines.length - lines.filter((l) => /^— \d+ —$/.test(l)).length) / 22));
    expect(w.wrapped).toContain('国内\n生产总值达到134.9万亿元');
  });

  it('cleaning gives the unwrapped text back exactly', () => {
    const r = clean(w.wrapped);
    expect(r.text).toBe(w.expected);
    const joins = r.removed.filter((x) => x.reason === 'hard-wrap');
    const kept = w.expected.split('\n').length - PARAGRAPHS.length;
    expect(joins.length + kept).toBe(w.breaks);
    expect(joins.every((x) => x.text === '\n')).toBe(true);
    expect(r.removed.filter((x) => x.reason === 'page-number').length).toBeGreaterThan(30);
  });

  it('numbers split by a wrap are whole again, headings stay on their own line', () => {
    const r = clean(w.wrapped);
    expect(r.text).toContain('国内生产总值达到134.9万亿元、增长5%');
    expect(r.text).toContain('\n一、2024年工作回顾\n');
    expect(r.text).toContain('\n二、2025年经济社会发展总体要求和政策取向\n');
  });

  it('is idempotent', () => {
    const once = clean(w.wrapped).text;
    expect(clean(once).text).toBe(once);
  });

  it('with CRLF line ends', () => {
    expect(clean(w.wrapped.replace(/\n/g, '\r\n')).text).toBe(w.expected.replace(/\n/g, '\r\n'));
  });
});

describe('hard-wrap: PDF text filled to a display width (digits narrower than CJK)', () => {
  // 56 columns = 28 CJK characters; "- 3 -" page numbers with blank lines around them
  const w = wrap(PARAGRAPHS, 56, display, 22, (n) => `\n- ${n} -\n`);

  it('joins the lines back; page breaks leave at most a blank line', () => {
    const r = clean(w.wrapped);
    expect(r.text.replace(/\n\s*\n/g, '\n')).toBe(w.expected);
    expect(r.text).not.toMatch(/^- \d+ -$/m);
  });
});

describe('hard-wrap: texts that are not hard-wrapped', () => {
  it.each([
    ['one paragraph per line', PARAGRAPHS.slice(0, 60).join('\n')],
    ['short lines of verse', Array.from({ length: 40 }, (_, i) => `第${i}句诗文在此`).join('\n')],
    ['fixed-length lines that all end sentences', Array.from({ length: 40 }, () => `${'教育'.repeat(13)}。`).join('\n')],
    ['a list of same-length items', Array.from({ length: 12 }, (_, i) => `${i + 10}.加强组织领导和统筹协调工作`).join('\n')],
  ])('leaves %s alone', (_name, text) => {
    expect(clean(text, { rules: [hardWrap] }).text).toBe(text);
  });

  it('keeps a paragraph break before an indented line', () => {
    const text = [...Array.from({ length: 10 }, () => '政'.repeat(28)), '　　新段落开始了，这一行缩进。', '政'.repeat(28)].join('\n');
    const out = clean(text, { rules: [hardWrap] }).text;
    expect(out).toContain('\n　　新段落开始了');
  });
});

describe('hard-wrap with noise (property)', () => {
  it('keeps every paragraph of a wrapped report with page numbers and site chrome in it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: PARAGRAPHS.length - 30 }),
        fc.integer({ min: 20, max: 36 }),
        fc.integer({ min: 15, max: 40 }),
        (from, width, every) => {
          const paragraphs = PARAGRAPHS.slice(from, from + 30);
          const w = wrap(paragraphs, width, chars, every, (n) => (n % 2 ? `- ${n} -` : `\n— ${n} —\n`));
          const text = `当前位置：首页 > 政务公开\n来源：新华社\n${w.wrapped}\n打印本页 关闭窗口`;
          const r = clean(text);
          const compact = (s: string) => s.replace(/\s+/g, '');
          expect(compact(r.text)).toBe(compact(w.expected));
          expect(clean(r.text).text).toBe(r.text);
        },
      ),
      { numRuns: Number(process.env.TIGANG_PROPERTY_RUNS ?? 60) },
    );
  });
});

describe('page-chunk-number', () => {
  /** A text cut into pages of `size` characters, numbered 1、 2、 … after blank lines, as document sites do. */
  const chunked = (text: string, size: number) => {
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += size) pieces.push(`${pieces.length + 1}、${text.slice(i, i + size)}`);
    return pieces.join('\n\n');
  };
  const body = PARAGRAPHS.slice(3, 12).join('');

  it('joins the pieces back into the text', () => {
    const text = `教育高质量发展纪实.docx\n\n${chunked(body, 300)}`;
    const r = clean(text, { rules: [pageChunkNumber] });
    expect(r.text).toBe(`教育高质量发展纪实.docx\n\n${body}`.replace(/\n\n(?=.)/, '\n\n'));
  });

  it('a break that falls after a sentence end keeps the paragraph break', () => {
    const pieces = ['1、第一页的文字到这里没有说完，接着', '2、下一页继续说完了这一句话。', '3、第三页从新的句子开始，又没有说完', '4、这是最后一页。'].map((p) => p + '内容'.repeat(80));
    pieces[1] = '2、下一页继续说完了这一句话。' + '内容'.repeat(80) + '。';
    const text = pieces.join('\n\n');
    const r = clean(text, { rules: [pageChunkNumber] });
    expect(r.text).not.toMatch(/(^|\n)\d、/);
    expect(r.text.split('\n\n').length).toBe(2);
  });

  it.each([
    ['real headings with paragraphs', '1、总体要求\n\n坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。\n\n2、重点任务\n\n加快构建新发展格局，着力推动高质量发展。\n\n3、保障措施\n\n加强组织领导。'],
    ['numbered paragraphs that end sentences', Array.from({ length: 5 }, (_, i) => `${i + 1}、${'加强组织领导，'.repeat(30)}形成工作合力。`).join('\n\n')],
    ['only two pieces', `1、${'内容'.repeat(200)}\n\n2、${'内容'.repeat(200)}`],
    ['numbers out of order', `1、${'内容'.repeat(200)}\n\n3、${'内容'.repeat(200)}\n\n2、${'内容'.repeat(200)}`],
    ['short items without punctuation', Array.from({ length: 6 }, (_, i) => `${i + 1}、加强组织领导形成工作合力`).join('\n\n')],
  ])('leaves %s alone', (_name, text) => {
    expect(clean(text, { rules: [pageChunkNumber] }).text).toBe(text);
  });
});
