import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import { projectMarkdown } from '../src/markdown/index.js';
import { composeMaps } from '../src/offset-map.js';
import { outlineWithPositions, type PositionedOutline as OutlineResult } from './helpers/outline.js';
import { parse } from '../src/markdown-entry.js';
import type { Section } from '../src/schema/outline.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Every character of the projection is the source character the map points at. */
function expectDeletionOnly(source: string, text: string, toSource: (i: number) => number): void {
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const at = toSource(i);
    expect(at).toBeGreaterThan(prev);
    expect(source[at]).toBe(text[i]);
    prev = at;
  }
}

function flat(nodes: readonly Section[], out: Section[] = []): Section[] {
  for (const n of nodes) {
    out.push(n);
    flat(n.children, out);
  }
  return out;
}

/** What parse() does for Markdown: project, clean, outline with the hints, positions in the Markdown. */
function outlineOfMarkdown(source: string): OutlineResult {
  const projected = projectMarkdown(source);
  const cleaned = clean(projected.text);
  // the hints are in projected offsets; map them into the cleaned text
  const toCleaned = (offset: number) => {
    let lo = 0;
    let hi = cleaned.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cleaned.map.toSource(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const hints = projected.hints.map((h) => ({ ...h, start: toCleaned(h.start), end: toCleaned(h.end) }));
  return outlineWithPositions(cleaned.text, source, composeMaps(cleaned.map, projected.map), hints);
}

function outlineOfText(source: string): OutlineResult {
  const cleaned = clean(source);
  return outlineWithPositions(cleaned.text, source, cleaned.map);
}

describe('projectMarkdown', () => {
  it('deletes markup only and puts each block on its own line', () => {
    const source = '# 一、总体要求\n\n坚持**稳中求进**，见[通知](https://example.org/a)。\n\n- 第一项\n- 第二项\n\n> 引文一行\n> 接着一行\n';
    const p = projectMarkdown(source);
    expect(p.text).toBe('一、总体要求\n坚持稳中求进，见通知。\n第一项\n第二项\n引文一行\n接着一行');
    expectDeletionOnly(source, p.text, (i) => p.map.toSource(i));
    expect(p.fallback).toBe(false);
  });

  it('removes front matter (reason front-matter), comments, code and images', () => {
    const source = '---\ntitle: 政府工作报告\ndate: 2025-03-05\n---\n\n<!-- page 1 -->\n\n# 一、回顾\n\n![](images/p1.jpg)\n\n```\ncode 1.5\n```\n\n正文。\n';
    const p = projectMarkdown(source);
    expect(p.text).toBe('一、回顾\n正文。');
    const reasons = p.removed.map((r) => r.reason);
    expect(reasons).toContain('front-matter');
    expect(reasons).toContain('html-comment');
    const fm = p.removed.find((r) => r.reason === 'front-matter')!;
    expect(source.slice(fm.start, fm.end)).toBe(fm.text);
    expect(fm.text.startsWith('---\ntitle')).toBe(true);
    expectDeletionOnly(source, p.text, (i) => p.map.toSource(i));
  });

  it('keeps ordered-list numbers: they are the document numbering', () => {
    const source = '1. 城镇小区严格依标配建幼儿园。\n2. 确保如期移交。\n';
    const p = projectMarkdown(source);
    expect(p.text).toBe('1. 城镇小区严格依标配建幼儿园。\n2. 确保如期移交。');
    expect(p.hints.map((h) => h.kind)).toEqual(['list-item', 'list-item']);
  });

  it('deletes emphasis markers that CommonMark leaves as text beside CJK punctuation', () => {
    const source = '**（一）重大意义。**党的十八大以来，成效明显。\n';
    const p = projectMarkdown(source);
    expect(p.text).toBe('（一）重大意义。党的十八大以来，成效明显。');
    expectDeletionOnly(source, p.text, (i) => p.map.toSource(i));
  });

  it('keeps masked figures (投入**亿元，新建**所) while deleting bold', () => {
    const source = '**一、总体要求**\n\n加强**党的领导**，完成**5所**学校建设，投入**亿元，新建**所，培训**余人次。\n';
    const p = projectMarkdown(source);
    expect(p.text).toBe('一、总体要求\n加强党的领导，完成5所学校建设，投入**亿元，新建**所，培训**余人次。');
    expectDeletionOnly(source, p.text, (i) => p.map.toSource(i));
    const masked = parse(source, { format: 'markdown' }).quantities.filter((q) => q.masked).map((q) => q.raw);
    expect(masked).toEqual(['**亿元', '**所', '**余人次']);
  });

  it('keeps a mask that CommonMark took as the end of a bold run', () => {
    const p = projectMarkdown('**全年投入**亿元，新建学校。\n');
    expect(p.text).toBe('全年投入**亿元，新建学校。');
  });

  it('undoes escapes and entities by deletion', () => {
    const source = '1\\. 总则 \\*注\\* A&amp;B\n';
    const p = projectMarkdown(source);
    expect(p.text).toBe('1. 总则 *注* A&B');
    expectDeletionOnly(source, p.text, (i) => p.map.toSource(i));
  });

  it('returns heading hints in projected offsets, whatever the # level', () => {
    const source = '# 一、总体要求\n\n正文。\n\n### （一）指导思想\n\n正文。\n';
    const p = projectMarkdown(source);
    expect(p.hints.map((h) => [p.text.slice(h.start, h.end), h.level])).toEqual([
      ['一、总体要求', 1],
      ['（一）指导思想', 3],
    ]);
  });
});

describe('Markdown outline', () => {
  it('levels come from the Chinese markers, not from the # count', () => {
    const out = outlineOfMarkdown('# 一、总体要求\n\n# （一）指导思想\n\n正文。\n\n# （二）基本原则\n\n# 二、主要任务\n\n# 前言\n');
    expect(flat(out.outline.children).map((n) => `${n.depth} ${n.marker}${n.title}`)).toEqual([
      '1 一、总体要求',
      '2 （一）指导思想',
      '2 （二）基本原则',
      '1 二、主要任务',
    ]);
  });

  it('a Markdown heading that holds only its marker takes its title from the next line (# 一、 / 总体要求)', () => {
    const doc = parse('# 一、\n\n总体要求。正文\n\n# 二、\n\n主要任务。正文', { format: 'markdown' });
    expect(doc.outline.children.map((n) => [n.marker, n.title])).toEqual([
      ['一、', '总体要求'],
      ['二、', '主要任务'],
    ]);
  });

  it('a lone Markdown heading with a marker is a heading', () => {
    const out = outlineOfMarkdown('正文。\n\n## 三、保障措施\n\n正文。\n');
    expect(out.outline.children.map((n) => n.marker)).toEqual(['三、']);
  });

  it('MinerU-style .md of a corpus text has the outline of the .txt, positioned in the Markdown', () => {
    const md = readFileSync(`${FIXTURES}markdown/zero-waste.mineru.md`, 'utf8');
    const txt = readFileSync(`${FIXTURES}corpus/notice-2019-zero-waste-city-pilot.txt`, 'utf8');
    const fromMd = flat(outlineOfMarkdown(md).outline.children);
    const fromTxt = flat(outlineOfText(txt).outline.children);
    expect(fromMd.length).toBeGreaterThan(20);
    expect(fromMd.map((n) => [n.marker, n.title, n.depth, n.id])).toEqual(fromTxt.map((n) => [n.marker, n.title, n.depth, n.id]));
    for (const n of fromMd) {
      const h = n.heading!.position;
      const slice = md.slice(h.start.offset, h.end.offset).replace(/[*#]/g, '');
      expect(slice).toBe(`${n.marker}${n.title}`);
      expect(md.split('\n')[h.start.line - 1]!.includes(n.title)).toBe(true);
    }
  });

  it('parse() with format markdown gives the same outline', () => {
    const md = readFileSync(`${FIXTURES}markdown/zero-waste.mineru.md`, 'utf8');
    const doc = parse(md, { format: 'markdown' });
    const direct = flat(outlineOfMarkdown(md).outline.children);
    expect(flat(doc.outline.children).map((n) => [n.marker, n.title, n.depth])).toEqual(direct.map((n) => [n.marker, n.title, n.depth]));
  });

  it('stays correct when the Markdown is plain text', () => {
    const text = '一、总体要求\n要坚持。\n二、主要任务\n要落实。';
    const a = outlineOfMarkdown(text);
    const b = outlineWithPositions(text);
    expect(flat(a.outline.children).map((n) => n.title)).toEqual(flat(b.outline.children).map((n) => n.title));
  });
});
