import { z } from 'zod';
import { Position } from './position.js';

/** Comparator bound to a number, read the way 民法典 第1259条 reads 以上/以下/以内 (inclusive) and 超过/不满 (exclusive). */
export const Comparator = z.enum(['eq', 'gte', 'gt', 'lte', 'lt', 'approx']);
export type Comparator = z.infer<typeof Comparator>;

export const ClaimKind = z.enum(['commitment', 'achievement']);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const QuantityKind = z.enum(['commitment', 'achievement', 'other']);
export type QuantityKind = z.infer<typeof QuantityKind>;

export const Change = z.object({
  direction: z.enum(['increase', 'decrease', 'multiply', 'to']),
  /** true for 个百分点: a change of percentage POINTS, not a level or a relative change. */
  points: z.boolean(),
});
export type Change = z.infer<typeof Change>;

export const Quantity = z.object({
  type: z.literal('quantity'),
  /** The text as written; `position` slices the original text to exactly this. */
  raw: z.string(),
  /** The number; null when masked (**所, XX名). For a range the lower end, for a change the new level or the amount of change. */
  value: z.number().nullable(),
  /** Unit or measure word as written (所, 个, %, 亿元, 个百分点, ratio). */
  unit: z.string().nullable(),
  /** The noun counted, where stated (新建义务教育学校5所 → 义务教育学校). */
  counts: z.string().nullable(),
  comparator: Comparator,
  approximate: z.boolean(),
  masked: z.boolean(),
  /** Range ends (3-5所, 三到五年). */
  min: z.number().optional(),
  max: z.number().optional(),
  /** From-to change (从91.3%提升至94.5%). */
  from: z.number().optional(),
  to: z.number().optional(),
  change: Change.optional(),
  /** Money normalised to yuan (17.56亿元 → 1756000000). */
  yuan: z.number().optional(),
  /** Ratio as written, normalised to half-width (1:2000). */
  ratio: z.string().optional(),
  /**
   * true when the figure comes from a table flattened into text whose cells ran together
   * (21.6623.04 → 21.66 and 23.04): the value is the reading the table's own precision
   * supports, or null where no reading is sure. Absent otherwise.
   */
  uncertain: z.boolean().optional(),
  kind: QuantityKind,
  /** id of the claim holding it, if any. */
  claimId: z.string().nullable(),
  /** The parser rule that produced it, for debugging. */
  rule: z.string(),
  position: Position,
});
export type Quantity = z.infer<typeof Quantity>;

export const TimeKind = z.enum(['deadline', 'period', 'recurring', 'past']);
export type TimeKind = z.infer<typeof TimeKind>;

export const TimeExpression = z.object({
  type: z.literal('time'),
  raw: z.string(),
  kind: TimeKind,
  /** ISO date interval (inclusive start, inclusive end), when it can be resolved. */
  interval: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** stated: the text gives the year; implied: the year came from the reference date; unresolved: neither. */
  resolution: z.enum(['stated', 'implied', 'unresolved']),
  /** For recurring expressions: the period (semester, school-year, month, year, week, day, regular). */
  recurrence: z.string().nullable(),
  rule: z.string(),
  position: Position,
});
export type TimeExpression = z.infer<typeof TimeExpression>;

export const Claim = z.object({
  type: z.literal('claim'),
  /** Stable id: the section id plus the claim's index inside that section (s2.2.1/c3). */
  id: z.string(),
  kind: ClaimKind,
  /** commitments only: binding (确保/必须/严禁/不低于) or aspirational (力争/争取/努力). */
  strength: z.enum(['binding', 'aspirational', 'neutral']).nullable(),
  text: z.string(),
  /** The cue words that decided the kind. */
  cues: z.array(z.string()),
  action: z.string().nullable(),
  object: z.string().nullable(),
  actor: z.string().nullable(),
  quantities: z.array(Quantity),
  deadline: TimeExpression.nullable(),
  recurrence: TimeExpression.nullable(),
  sectionPath: z.array(z.string()),
  sectionId: z.string().nullable(),
  position: Position,
});
export type Claim = z.infer<typeof Claim>;
