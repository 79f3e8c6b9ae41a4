// Runs the quantity case table (test/spec/quantity-cases.ts) against findQuantities.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities.js';
import { type ExpectedQuantity, negativeCases, quantityCases } from './quantity-cases.js';

function check(input: string, expected: ExpectedQuantity[]): void {
  const found = findQuantities(input);
  const summary = found.map((q) => `${q.raw}=${q.value}${q.unit ?? ''}`).join(', ');
  expect(found.length, `${input} → [${summary}]`).toBe(expected.length);
  expected.forEach((e, i) => {
    const q = found[i];
    if (!q) throw new Error(`missing quantity ${i} in ${input}`);
    const where = `${input} #${i} (${q.raw})`;
    expect(input.slice(q.start, q.end), where).toBe(q.raw);
    if (e.raw !== undefined) expect(q.raw, where).toBe(e.raw);
    if (e.value === null) expect(q.value, where).toBeNull();
    else expect(q.value, where).toBeCloseTo(e.value, 5);
    expect(q.unit, where).toBe(e.unit);
    expect(q.comparator, where).toBe(e.comparator ?? 'eq');
    expect(q.approximate, where).toBe(e.approximate ?? false);
    expect(q.masked, where).toBe(e.masked ?? false);
    for (const k of ['min', 'max', 'from', 'to', 'yuan'] as const) {
      const want = e[k];
      if (want === undefined) expect(q[k], `${where} ${k}`).toBeUndefined();
      else expect(q[k], `${where} ${k}`).toBeCloseTo(want, 5);
    }
    expect(q.ratio, where).toBe(e.ratio);
    expect(q.change?.direction, `${where} change`).toBe(e.change);
    if (e.change) expect(q.change?.points, `${where} points`).toBe(e.points ?? false);
    if (e.counts !== undefined) expect(q.counts, `${where} counts`).toBe(e.counts);
  });
}

describe('quantity cases', () => {
  it('has a table of at least 220 cases', () => {
    expect(quantityCases.length + negativeCases.length).toBeGreaterThanOrEqual(220);
  });
  for (const [input, expected] of quantityCases) {
    it(input, () => check(input, expected));
  }
});

describe('not quantities', () => {
  for (const input of negativeCases) {
    it(input, () => check(input, []));
  }
});
