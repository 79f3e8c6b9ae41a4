import type { Position } from '../schema/position.js';
import type { Quantity, QuantityKind, TimeExpression } from '../schema/extraction.js';
import type { QuantityMatch } from './quantities.js';
import type { TimeMatch } from './times.js';

/**
 * The output records, built field by field in schema order. Copying with a rest pattern
 * (`({ start, end, ...q }) => q`) to drop the working offsets was a hot spot: V8 copies
 * such objects through a slow generic path, once per quantity and per claim.
 */

type QuantityFields = Omit<QuantityMatch, 'start' | 'end'>;

/** A Quantity record from a match (or from another Quantity), with its kind, claim and position. */
export function quantityRecord(q: QuantityFields, kind: QuantityKind, claimId: string | null, position: Position): Quantity {
  const out: Quantity = {
    type: 'quantity',
    raw: q.raw,
    value: q.value,
    unit: q.unit,
    counts: q.counts,
    comparator: q.comparator,
    approximate: q.approximate,
    masked: q.masked,
    kind,
    claimId,
    rule: q.rule,
    position,
  };
  if (q.min !== undefined) out.min = q.min;
  if (q.max !== undefined) out.max = q.max;
  if (q.from !== undefined) out.from = q.from;
  if (q.to !== undefined) out.to = q.to;
  if (q.change !== undefined) out.change = q.change;
  if (q.yuan !== undefined) out.yuan = q.yuan;
  if (q.ratio !== undefined) out.ratio = q.ratio;
  if (q.uncertain !== undefined) out.uncertain = q.uncertain;
  return out;
}

/** A TimeExpression record from a match (or from another TimeExpression), with its position. */
export function timeRecord(t: Omit<TimeMatch, 'start' | 'end'>, position: Position): TimeExpression {
  return {
    type: 'time',
    raw: t.raw,
    kind: t.kind,
    interval: t.interval,
    resolution: t.resolution,
    recurrence: t.recurrence,
    rule: t.rule,
    position,
  };
}
