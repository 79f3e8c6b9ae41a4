import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/extract/times.js';
import { TIME_CASES } from './time-cases.js';

describe('findTimes: the case table', () => {
  it('has at least 100 cases, with a negative block', () => {
    expect(TIME_CASES.length).toBeGreaterThanOrEqual(100);
    expect(TIME_CASES.filter((c) => c.times.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  for (const c of TIME_CASES) {
    it(`${c.input.replace(/\n/g, '⏎')}${c.ref ? ` @${c.ref}` : ''}`, () => {
      const found = findTimes(c.input, { referenceDate: c.ref ?? null });
      // the reference date passed as a Date gives the same reading
      if (c.ref) expect(findTimes(c.input, { referenceDate: new Date(c.ref) })).toEqual(found);
      expect(found.map((t) => t.raw)).toEqual(c.times.map((t) => t.raw));
      c.times.forEach((want, i) => {
        const got = found[i]!;
        expect(got.kind, `kind of ${want.raw}`).toBe(want.kind);
        if (want.interval !== undefined) expect(got.interval, `interval of ${want.raw}`).toEqual(want.interval ? { start: want.interval[0], end: want.interval[1] } : null);
        if (want.resolution !== undefined) expect(got.resolution, `resolution of ${want.raw}`).toBe(want.resolution);
        if (want.recurrence !== undefined) expect(got.recurrence, `recurrence of ${want.raw}`).toBe(want.recurrence);
        // raw is the text at the offsets
        expect(c.input.slice(got.start, got.end)).toBe(got.raw);
      });
    });
  }
});
