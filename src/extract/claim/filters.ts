import { lastStartingBy } from '../../text/search.js';
import type { UnmarkedHeading } from '../../zh/zones.js';
import type { Claim } from '../../schema/extraction.js';
import type { Clause } from './clauses.js';
import { AGENDA_LEAD, YEAR_CHARACTER } from './cues.js';
import type { ClauseReading, QuantityAt } from './reading.js';
import { lastSpanAtOrBefore, type SectionSpan } from './sections.js';
import { COLONS, COMMAS, SEMICOLONS, SENTENCE_ENDS, charClassBody } from '../../zh/chars.js';

/** What may close a clause after a heading's title: sentence, clause and comma marks, and spaces. */
const CLOSING_PUNCTUATION = new RegExp(`[\\s${charClassBody(SENTENCE_ENDS, SEMICOLONS, COMMAS, COLONS)}]`);

/**
 * Why a clause holding a quantity or a time is no claim:
 * - `no-figure`: no quantity of its own counts, and it is not a commitment with a deadline or a recurrence;
 * - `heading`: such a clause (no counted quantity) is a heading: 三、2026年重点工作;
 * - `year-character`: it says what the year is (今年是“十五五”开局之年);
 * - `agenda-lead`: with no counted quantity, it leads an agenda (今年要重点做好以下工作).
 */
export type Rejection = 'no-figure' | 'heading' | 'year-character' | 'agenda-lead';

/** The headings a clause may stand in: the body sections and the unmarked heading lines, each in text order. */
export interface HeadingLines {
  spans: readonly SectionSpan[];
  unmarked: readonly UnmarkedHeading[];
}

/** The first reason (in the order above) why the clause `body` of `r` is no claim, or null for a claim. */
export function rejection(text: string, r: ClauseReading, body: string, kind: Claim['kind'], counted: readonly QuantityAt[], headings: HeadingLines): Rejection | null {
  if (counted.length === 0) {
    const hasTask = r.times.some((t) => t.kind === 'deadline' || t.kind === 'recurring');
    if (!(kind === 'commitment' && hasTask)) return 'no-figure';
    // a heading is a claim only for the quantities in it (5.1.2 省级人民政府必须按照“产区保持三个月销量…”)
    if (inHeading(text, r.clause, headings)) return 'heading';
  }
  if (YEAR_CHARACTER.test(body)) return 'year-character';
  if (counted.length === 0 && AGENDA_LEAD.test(body)) return 'agenda-lead';
  return null;
}

/** Whether the clause (its closing punctuation aside) lies within a heading. */
function inHeading(text: string, c: Clause, { spans, unmarked }: HeadingLines): boolean {
  let e = c.end;
  while (e > c.start && CLOSING_PUNCTUATION.test(text[e - 1]!)) e--;
  // headings do not overlap, nor do lines: only the last one starting at or before the clause can hold it
  const last = spans[lastSpanAtOrBefore(spans, c.start)];
  if (last !== undefined && e <= last.headingEnd) return true;
  const line = unmarked[lastStartingBy(unmarked, c.start)];
  return line !== undefined && e <= line.end;
}
