// Linearity: long runs of markers and unmatched brackets must not make the outline slow.
// The ratio bound is loose (3× for 2× input) to stay clear of timer noise; the bench reports exact numbers.
import { describe, expect, it } from 'vitest';
import { identityMap } from '../src/offset-map.js';
import { buildOutline } from '../src/outline/index.js';
import { Positioner } from '../src/positioner.js';

const MB = 1 << 20;

function time(text: string): number {
  const positioner = new Positioner(text, identityMap);
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    buildOutline(text, positioner);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

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

describe('outline: linear time', () => {
  for (const [name, unit] of inputs) {
    it(name, () => {
      const half = time(repeat(unit, MB / 2));
      const full = time(repeat(unit, MB));
      expect(full).toBeLessThan(10_000);
      // 2× the input may not take more than 3× the time (plus a little for very fast runs)
      expect(full).toBeLessThanOrEqual(3 * half + 30);
    });
  }
});
