// Hang guards: long runs of markers and unmatched brackets must not make the outline
// quadratic (it would then run for minutes and hit the test timeout). Speed itself is
// measured by `npm run bench` (adversarial inputs, time(2×)/time(1×)), never asserted here.
import { describe, expect, it } from 'vitest';
import { outlineWithPositions } from './helpers/outline.js';

const MB = 1 << 20;

const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

const inputs: [string, string][] = [
  ['一、 repeated', '一、'],
  ['(一) repeated', '(一)'],
  ['（一） repeated', '（一）'],
  ['unmatched brackets', '('],
  ['。一是 repeated', '。一是'],
  ['heading lines', '一、标题\n（一）小标题。正文\n'],
  ['mixed families', '第一章 总则\n一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n一是己。'],
  ['decimal lines', '1.1 甲\n1.2 乙\n'],
  ['a 目录 block', '目录\n一、总则\n'],
];

describe('outline: pathological inputs', () => {
  for (const [name, unit] of inputs) {
    it(`${name} (1 MB) finishes, with positions inside the text`, { timeout: 60_000 }, () => {
      const text = repeat(unit, MB);
      const { outline } = outlineWithPositions(text);
      const walk = (nodes: typeof outline.children): void => {
        for (const s of nodes) {
          if (s.heading) {
            expect(s.heading.position.start.offset).toBeGreaterThanOrEqual(0);
            expect(s.heading.position.end.offset).toBeLessThanOrEqual(text.length);
          }
          walk(s.children);
        }
      };
      walk(outline.children);
    });
  }
});
