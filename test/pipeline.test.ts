// The pipeline file: pipeline(input, { until }) exposes the intermediate state; parse is
// toDocument(pipeline(input)).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTigangError, parse, pipeline, positionOf, STAGE_NAMES, toDocument, type OutlineSection, type Section } from '../src/index.js';
import { parse as parseMd, pipeline as pipelineMd } from '../src/markdown-entry.js';

const SAMPLE = readFileSync(new URL('../fixtures/eval/000_1ead45d65ebf2d6b.txt', import.meta.url), 'utf8');

describe('pipeline', () => {
  it('toDocument(pipeline(x)) is parse(x), for text and Markdown', () => {
    expect(toDocument(pipeline(SAMPLE))).toEqual(parse(SAMPLE));
    const md = readFileSync(new URL('../fixtures/markdown/zero-waste.mineru.md', import.meta.url), 'utf8');
    expect(toDocument(pipelineMd(md, { format: 'markdown' }))).toEqual(parseMd(md, { format: 'markdown' }));
  });

  it('until: each stage adds its own fields, and nothing later runs', () => {
    const decoded = pipeline(SAMPLE, { until: 'decode' });
    expect(decoded).toMatchObject({ stage: 'decode', text: SAMPLE, original: SAMPLE, removed: [] });
    const cleaned = pipeline(SAMPLE, { until: 'clean' });
    expect(cleaned.stage).toBe('clean');
    expect(cleaned.text.length).toBeLessThan(SAMPLE.length);
    expect(cleaned.removed.map((r) => r.reason)).toEqual(['paywall-cut', 'truncation-notice']);
    expect(cleaned.metadata).toBeUndefined();
    expect(cleaned.outline).toBeUndefined();
    const outlined = pipeline(SAMPLE, { until: 'outline' });
    expect(outlined.outline!.outline.children.length).toBeGreaterThan(2);
    expect(outlined.quantities).toBeUndefined();
    expect(() => toDocument(outlined)).toThrow(/stopped after "outline"/);
    expect(STAGE_NAMES[STAGE_NAMES.length - 1]).toBe('claims');
  });

  it('the working text is the original with the removed spans deleted, and map points back into it', () => {
    const file = pipeline(SAMPLE, { until: 'clean' });
    let rebuilt = '';
    let at = 0;
    for (const r of [...file.removed].sort((a, b) => a.start - b.start)) {
      expect(file.original.slice(r.start, r.end)).toBe(r.text);
      rebuilt += file.original.slice(at, r.start);
      at = r.end;
    }
    rebuilt += file.original.slice(at);
    expect(rebuilt).toBe(file.text);
    for (const i of [0, 100, file.text.length - 1]) expect(file.original[file.map.toSource(i)]).toBe(file.text[i]);
  });

  it('joins: the working offsets where deleted text held a line break', () => {
    // a PDF page number on its own line between two halves of a sentence
    const text = '一、总体要求\n到2025年，全市新建\n— 3 —\n学校5所。\n二、主要任务\n完成改造。';
    const file = pipeline(text, { until: 'clean' });
    expect(file.removed.length).toBeGreaterThan(0);
    expect(file.joins.length).toBeGreaterThan(0);
    for (const j of file.joins) {
      // between the characters on either side of the join, the original held a line break that is gone
      const before = file.map.toSourceEnd(j);
      const after = file.map.toSource(j);
      expect(file.original.slice(before, after)).toMatch(/[\n\r]/);
    }
    // a text without deletions has no joins
    expect(pipeline('一、总体要求\n新建学校5所。', { until: 'clean' }).joins).toEqual([]);
  });

  it('the outline is in working offsets; positionOf gives the positions toDocument makes', () => {
    // a paywall cut and a page number removed: working and original offsets differ
    const text = `${SAMPLE}\n— 3 —\n四、保障措施\n加强领导。`;
    const file = pipeline(text);
    const doc = toDocument(file);
    const pairs: [OutlineSection, Section][] = [];
    const walk = (a: readonly OutlineSection[], b: readonly Section[]) => {
      expect(a.length).toBe(b.length);
      a.forEach((s, i) => {
        pairs.push([s, b[i]!]);
        walk(s.children, b[i]!.children);
      });
    };
    walk(file.outline!.outline.children, doc.outline.children);
    expect(pairs.filter(([s]) => s.headingSpan).length).toBeGreaterThan(5);
    for (const [s, out] of pairs) {
      expect(s.headingSpan && positionOf(file, s.headingSpan.start, s.headingSpan.end)).toEqual(out.heading?.position);
      expect(s.span && positionOf(file, s.span.start, s.span.end)).toEqual(out.position);
      // the working span holds the heading as matched (folded) text
      if (s.headingSpan) expect(file.text.slice(s.headingSpan.start, s.headingSpan.end).replace(/\s/g, '')).toContain(out.title.replace(/\s/g, '').slice(0, 4));
    }
    const toc = file.outline!.toc!;
    expect(positionOf(file, toc.span.start, toc.span.end)).toEqual(doc.toc!.position);
    // warnings carry their span on the file, their position in the document
    const spanned = file.issues.filter((w) => w.span || w.originalSpan);
    expect(spanned.length).toBeGreaterThan(0);
    for (const w of spanned) expect(w.position).toBeUndefined();
    expect(doc.warnings.filter((w) => w.position).length).toBe(spanned.length);
  });

  it('issues accumulate in stage order on the file', () => {
    const file = pipeline('一、总体要求\n今年年底前新建学校5所。\n三、保障措施\n加强领导。');
    expect(file.issues.map((w) => w.stage)).toEqual([...file.issues.map((w) => w.stage)].sort((a, b) => ['decode', 'markdown', 'clean', 'outline', 'extract'].indexOf(a) - ['decode', 'markdown', 'clean', 'outline', 'extract'].indexOf(b)));
    expect(file.issues.map((w) => w.code)).toEqual(expect.arrayContaining(['ordinal-gap', 'unresolved-deadline']));
  });

  it('every quantity a claim holds is, in doc.quantities, of the claim\'s kind and id', () => {
    const doc = parse(readFileSync(new URL('../fixtures/corpus/gwr-2026-shanghai.txt', import.meta.url)));
    const byOffset = new Map(doc.quantities.map((q) => [q.position.start.offset, q]));
    let held = 0;
    for (const claim of [...doc.commitments, ...doc.achievements]) {
      for (const q of claim.quantities) {
        held++;
        expect(byOffset.get(q.position.start.offset), q.raw).toMatchObject({ raw: q.raw, kind: claim.kind, claimId: claim.id });
      }
    }
    expect(held).toBeGreaterThan(100);
    const owned = doc.quantities.filter((q) => q.claimId !== null).length;
    expect(owned).toBe(held);
  });

  it('an unknown stage is invalid-option', () => {
    try {
      pipeline('x', { until: 'review' as never });
      expect.unreachable();
    } catch (error) {
      expect(isTigangError(error) && error.code === 'invalid-option' && error.params).toMatchObject({ option: 'until', value: '"review"' });
    }
  });
});
