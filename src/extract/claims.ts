import type { OutlineTree } from '../outline/nodes.js';
import { overlapTest } from '../offset-map.js';
import { claimActor, sentenceLeads, type ActorSources } from './claim/actor.js';
import { splitClauses, type Clause } from './claim/clauses.js';
import { findActorLabels } from './claim/fields.js';
import { rejection, type HeadingLines } from './claim/filters.js';
import { carriedFrameScores, documentLean, leadCueScores, sentenceFrames } from './claim/frames.js';
import { claimKind, strengthOf } from './claim/kind.js';
import { readClauses, type QuantityAt, type TimeAt } from './claim/reading.js';
import { claimRecord, type ClaimAt } from './claim/record.js';
import { isRhetoric } from './claim/rhetoric.js';
import { sectionSpans, type SectionSpan } from './claim/sections.js';
import { targetFrames } from './claim/targets.js';
import { decideZones, type ZoneHeading, type Zones } from './zones.js';

export interface ClaimInput {
  /** The cleaned working text. */
  text: string;
  /** Working offsets where deleted text held a line break (the pipeline file's `joins`): no clause runs across one. */
  joins: readonly number[];
  outline: OutlineTree;
  /** Quantities found in the body, with their working-text offsets (positions are made by toDocument). */
  quantities: readonly QuantityAt[];
  times: readonly TimeAt[];
  /** Working-text spans that are not body (TOC blocks). */
  excluded: readonly { start: number; end: number }[];
  /** The zone decision made after the outline (parse passes it); without it, from the outline here. */
  zones?: Zones;
}

export interface ClaimResult {
  commitments: ClaimAt[];
  achievements: ClaimAt[];
}

/**
 * Groups quantities and deadlines into commitments and achievements, in three steps:
 *
 * 1. read: the body is split into clauses (sentences at 。！？ and line breaks, clauses at ；),
 *    each read for its quantities, times and cue words (claim/reading.ts; the cues are data:
 *    src/zh/lexicon/claim-cues.json);
 * 2. refine: what frames each clause (claim/frames.ts, claim/targets.ts): a time at its
 *    sentence's start (到2025年，…), one carried on through its paragraph, the year of a
 *    target list, the lead clause's cues, the zone (…工作回顾 / …主要任务) and the lean of
 *    the whole document;
 * 3. decide and build: a clause holding a quantity (other than a count of the speech's own
 *    parts: 三点意见, 四个方面), or a deadline in a commitment, becomes a claim of the kind
 *    the evidence weighs to (claim/kind.ts) unless a filter rejects it (claim/filters.ts).
 */
export function extractClaims(input: ClaimInput): ClaimResult {
  const { text } = input;
  const spans = sectionSpans(input.outline, text.length);
  const zones = input.zones ?? decideZones(text, zoneHeadings(spans), null);
  const quantities = byStart(input.quantities);
  const times = byStart(input.times);

  // 1. read
  const clauses = outside(splitClauses(text, sentenceBreaks(spans, input.joins)), input.excluded);
  const readings = readClauses(text, clauses, quantities, times, spans);

  // 2. refine
  const frames = sentenceFrames(readings);
  const carried = carriedFrameScores(readings, frames);
  const leadCues = leadCueScores(readings);
  const targets = targetFrames(text, readings, spans, times, zones.unmarked);
  const docLean = documentLean(readings, spans.length > 0);
  const leads = sentenceLeads(readings);
  const actors: ActorSources = { text, sentenceLeads: leads, labels: findActorLabels(text), spans, leadActors: new Array<string | null | undefined>(leads.length) };
  const headings: HeadingLines = { spans, unmarked: zones.unmarked };

  // 3. decide and build
  const result: ClaimResult = { commitments: [], achievements: [] };
  const claimCount = new Map<string, number>();
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    // no quantity and no time: never a claim (most clauses)
    if (r.quantities.length === 0 && r.times.length === 0) continue;
    const { clause } = r;
    const isLead = clause.start === clause.sentenceStart;
    const frame = frames[clause.sentence] ?? null;
    const frameElsewhere = frame && !(frame.start >= clause.start && frame.start < clause.end) ? frame : null;
    const { lean, by } = zones.leanAt(clause.start);
    const kind = claimKind(r, {
      zoneLean: lean,
      documentLean: docLean,
      leadCue: isLead ? undefined : leadCues[clause.sentence],
      sentenceFrame: frameElsewhere,
      carriedFrame: carried[i]!,
      framed: frame !== null,
    });
    const counted = r.quantities.filter((q) => !isRhetoric(text, q, clause));
    const body = text.slice(clause.start, clause.end);
    if (rejection(text, r, body, kind, counted, headings)) continue;

    const section = r.span?.section.id ?? 's0';
    const n = (claimCount.get(section) ?? 0) + 1;
    claimCount.set(section, n);
    const first = counted[0];
    const claim = claimRecord({
      id: `${section}/c${n}`,
      kind,
      strength: strengthOf(kind, body),
      reading: r,
      body,
      counted,
      sentenceFrame: frameElsewhere,
      decidedBy: by,
      deadline: r.times.find((t) => t.kind === 'deadline') ?? targets[i] ?? r.times.find((t) => t.kind === 'period') ?? (frame?.kind === 'deadline' || frame?.kind === 'period' ? frame : null),
      recurrence: r.times.find((t) => t.kind === 'recurring') ?? (frame?.kind === 'recurring' ? frame : null),
      actor: claimActor(clause, body, first ? first.start - clause.start : null, actors),
    });
    (kind === 'commitment' ? result.commitments : result.achievements).push(claim);
  }
  return result;
}

/** The body headings as the zone decision reads them. */
export function zoneHeadings(spans: readonly SectionSpan[]): ZoneHeading[] {
  return spans.map((s) => ({ start: s.headingStart, end: s.headingEnd, title: s.section.title, depth: s.path.length }));
}

/** Sentence boundaries besides the text's own: heading starts and ends, and where the cleaner cut out a line break. */
function sentenceBreaks(spans: readonly SectionSpan[], joins: readonly number[]): number[] {
  return [...spans.flatMap((s) => [s.headingStart, s.headingEnd]), ...joins];
}

/** The clauses that overlap none of the excluded spans (most texts have none: then the list itself). */
function outside(clauses: Clause[], excluded: readonly { start: number; end: number }[]): Clause[] {
  if (excluded.length === 0) return clauses;
  const isExcluded = overlapTest(excluded);
  return clauses.filter((c) => !isExcluded(c.start, c.end));
}

/** The items in text order: the caller's list when already in that order, else a sorted copy. */
function byStart<X extends { start: number }>(items: readonly X[]): readonly X[] {
  for (let i = 1; i < items.length; i++) if (items[i]!.start < items[i - 1]!.start) return [...items].sort((a, b) => a.start - b.start);
  return items;
}
