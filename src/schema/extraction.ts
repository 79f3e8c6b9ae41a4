import { z } from 'zod';
import { Position } from './position.js';

/** Comparator bound to a number, read the way 民法典 第1259条 reads 以上/以下/以内 (inclusive) and 超过/不满 (exclusive). */
export const Comparator = z.enum(['eq', 'gte', 'gt', 'lte', 'lt', 'approx']);
export type Comparator = z.infer<typeof Comparator>;

/** commitment: a target, task or rule for the future; achievement: a result the text reports. */
export const ClaimKind = z.enum(['commitment', 'achievement']);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** The kind of the claim a quantity belongs to; `other` when it is in no claim (a date-like count, a figure in passing). */
export const QuantityKind = z.enum(['commitment', 'achievement', 'other']);
export type QuantityKind = z.infer<typeof QuantityKind>;

/** A change stated with the number (增长5%, 下降2个百分点, 翻一番, 提高到90%). */
export const Change = z.object({
  /** increase (增长/提高), decrease (下降/减少), multiply (翻番, 增长2倍), to (提高到/降至: the number is the new level). */
  direction: z.enum(['increase', 'decrease', 'multiply', 'to']),
  /** true for 个百分点: a change of percentage POINTS, not a level or a relative change. */
  points: z.boolean(),
});
export type Change = z.infer<typeof Change>;

/** A number with its unit, comparator and context, as found in the text. */
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
  /** How the number bounds the quantity: 不少于30% → gte, 超过30% → gt, 30%左右 → approx, plain 30% → eq. */
  comparator: Comparator,
  /** true when the text hedges the number (左右, 约, 近, 上下, 将近). */
  approximate: z.boolean(),
  /** true when the site blanked the figure (XX亿元, **所, ××名): the unit and context are kept, `value` is null. */
  masked: z.boolean(),
  /** Range ends (3-5所, 三到五年). */
  min: z.number().optional(),
  /** Upper end of a range. */
  max: z.number().optional(),
  /** From-to change (从91.3%提升至94.5%). */
  from: z.number().optional(),
  /** The level reached in a from-to change. */
  to: z.number().optional(),
  /** Present when the number states a change rather than a level. */
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
  /** The name of the rule that produced it (`arabic`, `chinese`, `ratio`, `fraction`…): every extraction says why it exists. */
  rule: z.string(),
  /** Where `raw` is in the original text. */
  position: Position,
});
export type Quantity = z.infer<typeof Quantity>;

/** deadline (到2025年, 年底前), period (2021-2025年, 十四五时期), recurring (每学期, 每年), past (去年, 近三年). */
export const TimeKind = z.enum(['deadline', 'period', 'recurring', 'past']);
export type TimeKind = z.infer<typeof TimeKind>;

/** A date, deadline, period or recurrence found in the text. */
export const TimeExpression = z.object({
  type: z.literal('time'),
  /** The text as written; `position` slices the original text to exactly this. */
  raw: z.string(),
  /** deadline, period, recurring or past; see TimeKind. */
  kind: TimeKind,
  /** ISO date interval (inclusive start, inclusive end), when it can be resolved. */
  interval: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** stated: the text gives the year; implied: the year came from the reference date; unresolved: neither. */
  resolution: z.enum(['stated', 'implied', 'unresolved']),
  /** For recurring expressions: the period (semester, school-year, month, year, week, day, regular). */
  recurrence: z.string().nullable(),
  /** The name of the time parser that produced it (`absolute/by`, `this-year`, `coming-period`…). */
  rule: z.string(),
  /** Where `raw` is in the original text. */
  position: Position,
});
export type TimeExpression = z.infer<typeof TimeExpression>;

/** A clause that states a target or task (commitment) or reports a result (achievement), with what it holds. */
export const Claim = z.object({
  type: z.literal('claim'),
  /** Stable id: the section id plus the claim's index inside that section (s2.2.1/c3). */
  id: z.string(),
  /** commitment or achievement, decided by the cues (and the section the clause is in). */
  kind: ClaimKind,
  /** commitments only: binding (确保/必须/严禁/不低于) or aspirational (力争/争取/努力). */
  strength: z.enum(['binding', 'aspirational', 'neutral']).nullable(),
  /** The clause as written. */
  text: z.string(),
  /** The cue words that decided the kind (确保, 力争, 已, 累计…); `section:TITLE` when the heading above decided it. */
  cues: z.array(z.string()),
  /** The verb of the target (新建, 提高到, 完成), where found. */
  action: z.string().nullable(),
  /** What the action is about (义务教育学校, 城镇新增就业), where found. */
  object: z.string().nullable(),
  /** Who is responsible, where stated (各区县, 市教育局). */
  actor: z.string().nullable(),
  /** The quantities inside the clause (also listed in the document's `quantities`). */
  quantities: z.array(Quantity),
  /** The deadline the clause sets, if any. */
  deadline: TimeExpression.nullable(),
  /** How often, for a recurring task (每学期, 每年). */
  recurrence: TimeExpression.nullable(),
  /** The headings above the clause, outermost first, as "marker title". */
  sectionPath: z.array(z.string()),
  /** id of the innermost section holding the clause; null before the first heading. */
  sectionId: z.string().nullable(),
  /** Where the clause is in the original text. */
  position: Position,
});
export type Claim = z.infer<typeof Claim>;
