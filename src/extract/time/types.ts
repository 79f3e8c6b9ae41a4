import type { TimeKind } from '../../schema/extraction.js';

export interface Interval {
  start: string;
  end: string;
}

/** One temporal expression found by a parser, before overlaps are resolved. */
export interface TimeCandidate {
  start: number;
  end: number;
  kind: TimeKind;
  interval: Interval | null;
  resolution: 'stated' | 'implied' | 'unresolved';
  recurrence: string | null;
  rule: string;
  /** Breaks ties between overlapping candidates of the same length (higher wins). */
  priority?: number;
}

/** What a parser may ask about the text around a match. */
export interface TimeContext {
  readonly text: string;
  /** Reference date (ISO), when given. */
  readonly ref: { year: number; month: number; day: number; iso: string } | null;
  /** Year the document speaks from: the reference date's, else inferred from the text; only used to choose kinds. */
  readonly docYear: number | null;
  /** True when the text writes years in the Republic of China era (民国100年): bare 100年底 is then a year. */
  readonly rocEra: boolean;
  /** 'review' inside a part that reports results (一、2024年工作回顾), 'task' inside a part that sets tasks, else null. */
  zoneAt(offset: number): 'review' | 'task' | null;
  /** True when `offset` starts a clause (text start, after a line break, 。；，: or a heading marker). */
  clauseStart(offset: number): boolean;
  /** True when `offset` starts the title of one of the outline's headings (一、2025年工作回顾 at 2025). */
  headingTitleAt(offset: number): boolean;
  /** The sentence (。！？; and line breaks) holding `offset`, as [start, end). */
  sentenceAt(offset: number): [number, number];
  /** 'past' or 'future' from the tense cues of the sentence holding `offset`, or null. */
  tenseAt(offset: number): 'past' | 'future' | null;
}

export interface TimeParser {
  name: string;
  pattern: RegExp;
  /**
   * A prefilter for patterns that would otherwise be tried at every numeral: every match of
   * `pattern` holds a hit of `anchor` that starts at most `reach` characters after the match's
   * own start. The pattern is then only tried near anchor hits, with the same results.
   */
  anchor?: { pattern: RegExp; reach: number };
  /**
   * The characters every match starts with (for patterns without an anchor): such parsers
   * are tried together in one pass over the text, each only where its match can start.
   */
  first?: string;
  /** Builds a candidate from a match, or null to reject it. */
  build(match: RegExpExecArray, ctx: TimeContext): TimeCandidate | TimeCandidate[] | null;
}
