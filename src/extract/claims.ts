import type { OutlineTree } from '../outline/nodes.js';
import type { Claim, Quantity, TimeExpression } from '../schema/extraction.js';
import type { Position } from '../schema/position.js';
import { splitClauses, type Clause } from './claim/clauses.js';
import {
  ASPIRATIONAL,
  BINDING,
  CLAUSE_CUES,
  DIVISIONS,
  RHETORIC_BEFORE,
  RHETORIC_COUNTED,
  RHETORIC_UNITS,
  SCOPE_CONDITION,
  AGENDA_LEAD,
  YEAR_CHARACTER,
} from './claim/cues.js';
import { findAction, findActor, findActorLabels } from './claim/fields.js';
import { quantityRecord, timeRecord } from './output.js';
import { decideZones, type ZoneHeading, type Zones } from './zones.js';
import { headingLabel, lastSpanAtOrBefore, sectionAt, sectionSpans, type SectionSpan } from './claim/sections.js';
import { lowerBound } from '../text/search.js';

export interface ClaimInput {
  /** The cleaned working text. */
  text: string;
  /** Position in the original of a working span (the pipeline file's `positionOf`). */
  position: (start: number, end: number) => Position;
  /** Working offsets where deleted text held a line break (the pipeline file's `joins`): no clause runs across one. */
  joins: readonly number[];
  outline: OutlineTree;
  /** Quantities found in the body, with working-text offsets beside their original positions. */
  quantities: readonly (Quantity & { start: number; end: number })[];
  times: readonly (TimeExpression & { start: number; end: number })[];
  /** Working-text spans that are not body (TOC blocks). */
  excluded: readonly { start: number; end: number }[];
  /** The zone decision made after the outline (parse passes it); without it, from the outline here. */
  zones?: Zones;
}

export interface ClaimResult {
  commitments: Claim[];
  achievements: Claim[];
}

type Q = Quantity & { start: number; end: number };
type T = TimeExpression & { start: number; end: number };

const NONE: readonly never[] = Object.freeze([]);

/** Bit k set for the trigger characters of CLAUSE_CUES[k]. */
const CUE_TRIGGERS = new Uint32Array(0x10000);
CLAUSE_CUES.forEach((cue, k) => {
  for (const ch of cue.triggers) CUE_TRIGGERS[ch.charCodeAt(0)]! |= 1 << k;
});

/** Weight of a time expression for the kind of the clause it frames. */
const TIME_WEIGHT: Record<TimeExpression['kind'], number> = { past: -3, deadline: 3, recurring: 2, period: 0.5 };
/** A time this close to its sentence's start (after a label such as 具体指标：) frames the whole sentence. */
const FRAME_REACH = 8;
/**
 * The lead of a list of the year's targets: 今年发展主要预期目标是：, 经济社会发展的主要预期目标是：,
 * 主要目标为：. What follows it in the paragraph (and, after a lead that ends its line with ：,
 * the list lines under it that hold figures) are targets for the year the lead names.
 */
const TARGET_LEAD = /(?:主要预期目标|预期目标|主要目标|发展目标|具体目标|主要指标|以下目标|目标任务)(?:是|为)?[：:]/;

/**
 * Groups quantities and deadlines into commitments and achievements. The body is split
 * into clauses (sentences at 。！？ and line breaks, clauses at ；); a clause holding a
 * quantity (other than a count of the speech's own parts: 三点意见, 四个方面), or a
 * deadline in a commitment, becomes a claim. Its kind weighs the clause's cue words
 * (确保, 力争, 将 / 累计, 已, 截至), its times and those framing its sentence or paragraph
 * (年内, 到2025年 / 近三年, 过去一年), the headings above it (…工作回顾 / …主要任务), and
 * the lean of the whole document.
 */
export function extractClaims(input: ClaimInput): ClaimResult {
  const { text } = input;
  const spans = sectionSpans(input.outline, text.length);
  const breaks: number[] = [];
  for (const s of spans) breaks.push(s.headingStart, s.headingEnd);
  breaks.push(...input.joins);
  const isExcluded = (start: number, end: number) => input.excluded.some((x) => start < x.end && end > x.start);
  const zones = input.zones ?? decideZones(text, zoneHeadings(spans), null);
  const unmarkedLines = zones.unmarked;
  const inHeading = (c: Clause) => {
    let e = c.end;
    while (e > c.start && /[。；;，,：:！？!?\s]/.test(text[e - 1]!)) e--;
    // headings do not overlap: only the last one starting at or before the clause can hold it
    const last = spans[lastSpanAtOrBefore(spans, c.start)];
    return (last !== undefined && e <= last.headingEnd) || unmarkedLines.some((h) => c.start >= h.start && e <= h.end);
  };

  const clauses = splitClauses(text, breaks).filter((c) => !isExcluded(c.start, c.end));
  const quantities = byStart(input.quantities);
  const times = byStart(input.times);
  // lists are sorted by start: binary search for the first item of the clause (linear overall)
  const within = <X extends { start: number }>(list: readonly X[], c: { start: number; end: number }) => {
    const lo = lowerBound(list.length, (i) => list[i]!.start < c.start);
    let hiEnd = lo;
    while (hiEnd < list.length && list[hiEnd]!.start < c.end) hiEnd++;
    // most clauses hold nothing: one shared empty list rather than one per clause
    return hiEnd === lo ? (NONE as readonly X[]) : list.slice(lo, hiEnd);
  };

  // the part of the document: review (−) or tasks (+), decided once for the time and claim stages
  const sectionLean = (_span: SectionSpan | null, at: number) => zones.leanAt(at);

  // per clause: cues, own times, frames
  interface Info {
    clause: Clause;
    qs: readonly Q[];
    ts: readonly T[];
    cueScore: number;
    cues: string[];
    span: SectionSpan | null;
  }
  // clauses come in text order and do not overlap: two cursors walk the quantities and times
  const inClauses = <X extends { start: number }>(list: readonly X[]) => {
    let at = 0;
    return (c: Clause): readonly X[] => {
      while (at < list.length && list[at]!.start < c.start) at++;
      let end = at;
      while (end < list.length && list[end]!.start < c.end) end++;
      return end === at ? (NONE as readonly X[]) : list.slice(at, end);
    };
  };
  const quantitiesIn = inClauses(quantities);
  const timesIn = inClauses(times);
  const infos: Info[] = clauses.map((clause) => {
    let present = 0;
    for (let i = clause.start; i < clause.end; i++) present |= CUE_TRIGGERS[text.charCodeAt(i)]!;
    let strong = 0;
    let weak = 0;
    const cues: string[] = [];
    const body = present === 0 ? '' : text.slice(clause.start, clause.end);
    for (let k = 0; k < CLAUSE_CUES.length; k++) {
      if (!(present & (1 << k))) continue;
      const cue = CLAUSE_CUES[k]!;
      const hits = body.match(cue.pattern);
      if (!hits) continue;
      const w = cue.weight * Math.min(hits.length, 2);
      if (Math.abs(cue.weight) >= 1.5) strong += w;
      else weak += w;
      for (const h of hits) if (!cues.includes(h) && cues.length < 8) cues.push(h);
    }
    return { clause, qs: quantitiesIn(clause), ts: timesIn(clause), cueScore: strong + Math.max(-1, Math.min(1, weak)), cues, span: sectionAt(spans, clause.start) };
  });

  // the document's own lean, for clauses nothing else decides
  let docTotal = 0;
  for (const info of infos) docTotal += Math.sign(info.cueScore + info.ts.reduce((n, t) => n + TIME_WEIGHT[t.kind], 0));
  const docLean = (docTotal > 0 ? 1 : docTotal < 0 ? -1 : 0) * (spans.length === 0 ? 1.5 : 0.5);

  // frames: a time at a sentence's start frames its clauses; a past/deadline frame carries on through the paragraph
  // indexed by sentence number (dense, so arrays rather than maps)
  const sentenceFrame: (T | undefined)[] = [];
  for (const info of infos) {
    const t = info.ts.find((x) => x.start - info.clause.sentenceStart <= FRAME_REACH && info.clause.start === info.clause.sentenceStart);
    if (t && sentenceFrame[info.clause.sentence] === undefined) sentenceFrame[info.clause.sentence] = t;
  }

  const leadCue: (number | undefined)[] = [];
  for (const info of infos) if (info.clause.start === info.clause.sentenceStart) leadCue[info.clause.sentence] = info.cueScore;

  const commitments: Claim[] = [];
  const achievements: Claim[] = [];
  const counters = new Map<string, number>();
  let paragraphFrame: T | null = null;
  let frameOrigin: number | null = null;
  let lastSection: string | null = null;

  // the year of a target list (TARGET_LEAD): its own deadline, else one in the heading over it (三、2026年重点工作)
  let targetFrame: T | null = null;
  let targetParagraph = -1;
  let targetListOpen = false;
  let targetSection: string | null = null;
  const oneYear = (t: T | undefined | null): t is T => !!t && t.kind === 'deadline' && !!t.interval && t.interval.start.slice(0, 4) === t.interval.end.slice(0, 4);
  const headingYearFrame = (span: SectionSpan | null, at: number): T | null => {
    let best: T | null = null;
    for (const s of span ? span.path : []) {
      const whole = spans.find((x) => x.section === s);
      const t = whole ? within(times, { start: whole.headingStart, end: whole.headingEnd }).find(oneYear) : undefined;
      if (t) best = t;
    }
    for (const h of unmarkedLines) {
      if (h.start > at) break;
      if (best && h.start < best.start) continue;
      const t = within(times, h).find(oneYear);
      if (t) best = t;
    }
    return best;
  };

  // responsibility labels close their item: a claim takes the first label after it in its section
  const labels = findActorLabels(text);
  let labelAt = 0;
  const labelActor = (c: Clause): string | null => {
    while (labelAt < labels.length && labels[labelAt]!.start < c.end) labelAt++;
    const label = labels[labelAt];
    if (!label) return null;
    const heading = spans[lastSpanAtOrBefore(spans, label.start)];
    if (heading && heading.headingStart > c.start) return null; // a heading between: another item's
    return label.actor;
  };
  // the actor of a sentence's lead clause acts in the clauses after it (各地要…；到2025年，…): read on demand
  const sentenceLead: (Clause | undefined)[] = [];
  const leadActor = (c: Clause): string | null => {
    const lead = sentenceLead[c.sentence];
    return lead && lead !== c ? findActor(text.slice(lead.start, lead.end)) : null;
  };

  for (const info of infos) {
    const { clause, span } = info;
    const sectionId = span?.section.id ?? null;
    if (clause.start === clause.sentenceStart) sentenceLead[clause.sentence] = clause;
    if (targetFrame && (sectionId !== targetSection || (clause.paragraph !== targetParagraph && !(targetListOpen && clause.start === clause.sentenceStart && info.qs.length > 0)))) targetFrame = null;
    if (targetFrame && clause.paragraph !== targetParagraph) targetParagraph = clause.paragraph;
    if (clause.start === clause.sentenceStart) {
      const lead = TARGET_LEAD.exec(text.slice(clause.start, clause.end));
      if (lead) {
        const own = info.ts.find((t) => oneYear(t) && t.start - clause.start < lead.index);
        const frame = own ?? headingYearFrame(span, clause.start);
        if (frame) {
          targetFrame = frame;
          targetParagraph = clause.paragraph;
          targetSection = sectionId;
          targetListOpen = text.slice(clause.start + lead.index + lead[0].length, clause.end).trim() === '';
        }
      }
    }
    // a frame carries on through its paragraph, and more faintly through the paragraphs after it, up to the next heading
    let frameWeight = 0.6;
    if (sectionId !== lastSection) {
      paragraphFrame = null;
      lastSection = sectionId;
    }
    if (paragraphFrame && frameOrigin !== clause.paragraph) frameWeight = 0.5;
    const sFrame = sentenceFrame[clause.sentence] ?? null;
    const ownFrame = sFrame && sFrame.start >= clause.start && sFrame.start < clause.end;
    if (info.qs.length === 0 && info.ts.length === 0) {
      // no quantity and no time: never a claim (most clauses); only the frame carries on
      if (sFrame) {
        paragraphFrame = sFrame;
        frameOrigin = clause.paragraph;
      }
      continue;
    }

    const { lean: sLean, by: decidedBy } = sectionLean(span, clause.start);
    let score = info.cueScore + sLean;
    if (sLean === 0) score += docLean;
    // the lead clause of a sentence carries its cues into the clauses after it (主要预期目标是：…；…；…)
    const lead = leadCue[clause.sentence];
    if (lead !== undefined && clause.start !== clause.sentenceStart) score += lead * 0.8;
    for (const t of info.ts) score += TIME_WEIGHT[t.kind];
    if (sFrame && !ownFrame) score += TIME_WEIGHT[sFrame.kind] * 0.8;
    else if (!sFrame && paragraphFrame) score += TIME_WEIGHT[paragraphFrame.kind] * frameWeight;
    if (sFrame) {
      paragraphFrame = sFrame;
      frameOrigin = clause.paragraph;
    }

    const kind: Claim['kind'] = score > 0 ? 'commitment' : score < 0 ? 'achievement' : docLean >= 0 ? 'commitment' : 'achievement';
    const counted = info.qs.filter((q) => !isRhetoric(text, q, clause));
    const deadline = info.ts.find((t) => t.kind === 'deadline') ?? targetFrame ?? info.ts.find((t) => t.kind === 'period') ?? (sFrame && (sFrame.kind === 'deadline' || sFrame.kind === 'period') ? sFrame : null);
    const recurrence = info.ts.find((t) => t.kind === 'recurring') ?? (sFrame?.kind === 'recurring' ? sFrame : null);
    const hasTask = info.ts.some((t) => t.kind === 'deadline' || t.kind === 'recurring');
    // a heading is a claim only for the quantities in it (5.1.2 省级人民政府必须按照“产区保持三个月销量…”)
    if (!counted.length && (!(kind === 'commitment' && hasTask) || inHeading(clause))) continue;

    const body = text.slice(clause.start, clause.end);
    // what the year is (今年是…开局之年) and an agenda's lead (今年要重点做好以下工作) commit to nothing
    if (YEAR_CHARACTER.test(body) || (!counted.length && AGENDA_LEAD.test(body))) continue;
    const n = (counters.get(sectionId ?? 's0') ?? 0) + 1;
    counters.set(sectionId ?? 's0', n);
    const id = `${sectionId ?? 's0'}/c${n}`;
    const first = counted[0];
    const { action, object } = first ? findAction(body, first.start - clause.start, first.end - clause.start, first.counts) : { action: null, object: null };
    const position = input.position(clause.start, clause.end);
    const cues = [...info.cues];
    for (const t of [...info.ts, ...(sFrame && !ownFrame ? [sFrame] : [])]) if (!cues.includes(t.raw)) cues.push(t.raw);
    if (decidedBy) cues.push(`section:${decidedBy}`);

    const ownActor = findActor(body, first ? first.start - clause.start : null);
    const claim: Claim = {
      type: 'claim',
      id,
      kind,
      strength: kind === 'commitment' ? (BINDING.test(body) ? 'binding' : ASPIRATIONAL.test(body) ? 'aspirational' : 'neutral') : null,
      // raw: the original at `position` with the spans the cleaner removed deleted (docs/times.md)
      text: body,
      cues,
      action,
      object,
      actor: ownActor ?? leadActor(clause) ?? labelActor(clause),
      quantities: counted.map((q) => quantityRecord(q, kind, id, q.position)),
      deadline: deadline && kind === 'commitment' ? strip(deadline) : null,
      recurrence: recurrence ? strip(recurrence) : null,
      sectionPath: span ? span.path.map(headingLabel) : [],
      sectionId,
      position,
    };
    (kind === 'commitment' ? commitments : achievements).push(claim);
  }
  return { commitments, achievements };
}

/** The body headings as the zone decision reads them. */
export function zoneHeadings(spans: readonly SectionSpan[]): ZoneHeading[] {
  return spans.map((s) => ({ start: s.headingStart, end: s.headingEnd, title: s.section.title, depth: s.path.length }));
}

/** The items in text order: a copy, sorted only when the caller's order is not already that. */
function byStart<X extends { start: number }>(items: readonly X[]): X[] {
  for (let i = 1; i < items.length; i++) if (items[i]!.start < items[i - 1]!.start) return [...items].sort((a, b) => a.start - b.start);
  return [...items];
}

function strip(t: T): TimeExpression {
  return timeRecord(t, t.position);
}

/**
 * A count of the speech's own parts or of a definition's scope, not of things in the
 * world: 三点意见, 四个方面, 从五个方面, 6条跑道, 两级, 两个以上省…出现, 北京、天津、上海、重庆4个直辖市.
 */
export function isRhetoric(text: string, q: Q, clause: { start: number; end: number }): boolean {
  const after = text.slice(q.end, q.end + 6);
  const before = text.slice(Math.max(clause.start, q.start - 8), q.start);
  if (q.unit && RHETORIC_UNITS.has(q.unit)) return true;
  if (RHETORIC_COUNTED.test(after) || RHETORIC_COUNTED.test(q.counts ?? '')) return true;
  if (RHETORIC_BEFORE.test(before.replace(/[我们重点]+$/, '')) && /^(?:个)?(?:方面|点|部分|层面|维度)/.test(after)) return true;
  if (DIVISIONS.test(after) && SCOPE_CONDITION.test(text.slice(clause.start, clause.end))) return true;
  // a count summing up the names listed just before it (北京、天津、上海、重庆4个直辖市)
  if (q.value !== null && Number.isInteger(q.value) && q.value >= 2 && q.value <= 12) {
    const list = new RegExp(`(?:^|[，,：:（(])((?:[\\u4e00-\\u9fa5]{1,8}、){${q.value - 1}}[\\u4e00-\\u9fa5]{1,8})$`).exec(text.slice(Math.max(clause.start, q.start - 10 * q.value), q.start));
    if (list) return true;
  }
  return false;
}
