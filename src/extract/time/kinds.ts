import type { TimeKind } from '../../schema/extraction.js';
import type { TimeContext } from './types.js';

/**
 * The year a word without one (年初, 上半年, 9月后) falls in, its kind decided: last year
 * when it is past inside a review (年中，价格处于高位 in 一、2024年工作回顾), else the reference year.
 */
export function yearOfPart(ctx: TimeContext, refYear: number, kind: TimeKind, offset: number): number {
  return kind === 'past' && ctx.zoneAt(offset) === 'review' ? refYear - 1 : refYear;
}

/**
 * past or deadline for an expression that can be either (全年, 上半年, 一季度, a bare year):
 * by the year against the document's, then by the part of the document (review/tasks), then
 * by the tense of the sentence; deadline when nothing tells.
 */
export function pastOrDeadline(ctx: TimeContext, offset: number, y: number | null = null): TimeKind {
  if (y !== null && ctx.docYear !== null) {
    if (y < ctx.docYear) return 'past';
    if (y > ctx.docYear) return 'deadline';
  }
  const zone = ctx.zoneAt(offset);
  if (zone === 'review') return 'past';
  if (zone === 'task') return 'deadline';
  return ctx.tenseAt(offset) === 'past' ? 'past' : 'deadline';
}
