// Properties of the outline on random texts made of markers, words and punctuation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDeletions } from '../src/offset-map.js';
import { outlineWithPositions } from './helpers/outline.js';
import type { Section } from '../src/schema/outline.js';

const tokens = [
  '一、', '二、', '三、', '十一、', '（一）', '（二）', '(三)', '1.', '2.', '1、', '2、', '（1）', '(2)', '3)', '①', '②',
  '一是', '二是', '三是', '第一，', '第二，', '首先，', '其次，', '最后，', '第一章', '第二节', '第三条', '1.1', '1.2.1', '2 ',
  '目录', '提纲：', '附件1', '……', '要', '坚持', '发展', '教育', '质量', '工作', '2025年', '1.5万', '1:2000', '二十大',
  '。', '，', '；', '：', '！', '？', '“', '”', '(', ')', '（', '）', '\n', '\n\n', ' ', '\u3000\u3000', '\u00a0', '**',
];
const textArb = fc.array(fc.constantFrom(...tokens), { maxLength: 200 }).map((parts) => parts.join(''));

function* walk(nodes: readonly Section[]): Generator<Section> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

describe('outline properties', () => {
  it('never throws; headings slice to marker and title; positions nest; ids are unique', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.nat(), { maxLength: 6 }), (original, cuts) => {
        // delete a few random spans, as the cleaner would
        const deletions = cuts.map((c) => ({ start: c % (original.length + 1), end: (c % (original.length + 1)) + (c % 5) }));
        const { text, map } = applyDeletions(original, deletions);
        const result = outlineWithPositions(text, original, map);
        const ids = new Set<string>();
        const check = (nodes: readonly Section[], parent: Section | null, depth: number) => {
          let prevEnd = -1;
          for (const n of nodes) {
            expect(ids.has(n.id)).toBe(false);
            ids.add(n.id);
            expect(n.depth).toBe(depth);
            expect(n.title.length).toBeGreaterThan(0);
            if (n.heading) {
              const { start, end } = n.heading.position;
              expect(end.offset).toBeGreaterThanOrEqual(start.offset);
              expect(original.slice(start.offset).startsWith(n.marker.trim()[0]!)).toBe(true);
            }
            if (n.position) {
              expect(n.position.start.offset).toBeGreaterThanOrEqual(prevEnd);
              prevEnd = n.position.end.offset;
              if (parent?.position) {
                expect(n.position.start.offset).toBeGreaterThanOrEqual(parent.position.start.offset);
                expect(n.position.end.offset).toBeLessThanOrEqual(parent.position.end.offset);
              }
            }
            check(n.children, n, depth + 1);
          }
        };
        check(result.outline.children, null, 1);
        for (const s of [...result.markerSpans, ...result.tocSpans]) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.end).toBeGreaterThan(s.start);
        }
        for (const e of result.toc?.entries ?? []) {
          if (e.sectionId !== null) expect([...walk(result.outline.children)].some((n) => n.id === e.sectionId)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the same text gives the same outline (ids are stable)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(JSON.stringify(outlineWithPositions(text))).toBe(JSON.stringify(outlineWithPositions(text)));
      }),
      { numRuns: 100 },
    );
  });
});
