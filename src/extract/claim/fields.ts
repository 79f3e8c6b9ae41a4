import { indexByFirstCharacter } from '../../text/first-character.js';
import { charTable } from '../../text/scan.js';
import { COLONS, COMMAS, SEMICOLONS, SENTENCE_ENDS } from '../../zh/chars.js';
import {
  ACTION_VERBS,
  ACTOR_BY,
  ACTOR_CONNECTIVE,
  ACTOR_SUFFIX,
  ACTOR_VERB_AT,
  ACTOR_VERB_FIRST,
  COMPARATOR_TAIL,
  LABEL_TAIL,
  LEAD_LABEL,
  MODAL_HEAD,
  NOUN_AFTER,
  OBJECT_LEAD,
  OBJECT_SEPARATOR,
  ORGANISATION,
  RESPONSIBLE_LABEL,
  RESPONSIBLE_PAREN,
} from './cues.js';

/** The action verbs, each once, in ACTION_VERBS order (longest first): a verb's rank is its index here. */
const VERBS = [...new Set(ACTION_VERBS)];
/**
 * The ranks of the action verbs by their first character (the first-character index the
 * time and quantity parsers share), to find the few a segment holds in one pass: most
 * characters start none (bucket −1).
 */
const { bucketOf: VERB_BUCKET, buckets: VERB_RANKS } = indexByFirstCharacter(VERBS.map((v) => ({ first: v[0] })));

/** The action verbs that occur in `s.slice(from, to)`, in ACTION_VERBS order (longest first). */
function verbsIn(s: string, from: number, to: number): string[] {
  let ranks: number[] | null = null;
  for (let i = from; i < to; i++) {
    const bucket = VERB_BUCKET[s.charCodeAt(i)]!;
    if (bucket < 0) continue;
    for (const rank of VERB_RANKS[bucket]!) {
      const v = VERBS[rank]!;
      if (i + v.length <= to && s.startsWith(v, i) && !ranks?.includes(rank)) (ranks ??= []).push(rank);
    }
  }
  return ranks === null ? [] : ranks.sort((a, b) => a - b).map((rank) => VERBS[rank]!);
}

/** Where a clause's comma-separated segments end: ，,。；;：:！？!? and line breaks. */
const SEGMENT_END = charTable(COMMAS + SENTENCE_ENDS + SEMICOLONS + COLONS + '\n');
const QUOTES = /[“”"‘’「」『』《》]/g;

/** The segment holding offset `at` of the clause; the whole clause where `at` is in none (on a separator). */
function segmentAround(clause: string, at: number): [number, number] {
  if (at < 0 || at >= clause.length || SEGMENT_END[clause.charCodeAt(at)]) return [0, clause.length];
  let s = at;
  while (s > 0 && !SEGMENT_END[clause.charCodeAt(s - 1)]) s--;
  let e = at + 1;
  while (e < clause.length && !SEGMENT_END[clause.charCodeAt(e)]) e++;
  return [s, e];
}

/**
 * The body named as responsible at the start of a segment, before 要/将/负责/牵头…
 * (市教育局要牵头编写… → 市教育局; 各级政府要… → 各级政府; 由省级人民政府负责 → 省级人民政府).
 * Of several, the last one in a segment starting at or before `prefer`, else the first.
 */
export function findActor(clause: string, prefer: number | null = null): string | null {
  let first: string | null = null;
  let lastBefore: string | null = null;
  for (let s = 0, i = 0; i <= clause.length; i++) {
    if (i < clause.length && !SEGMENT_END[clause.charCodeAt(i)]) continue;
    const segStart = s;
    s = i + 1;
    if (i === segStart) continue; // an empty segment
    // segments are visited in order: past `prefer`, the answer is already known once one was found
    if (first !== null && (prefer === null || segStart > prefer)) break;
    const actor = segmentActor(clause.slice(segStart, i));
    if (actor === null) continue;
    first ??= actor;
    if (prefer !== null && segStart <= prefer) lastBefore = actor;
  }
  return lastBefore ?? first;
}

/** The body a segment names before its verb (由…负责, or …要/将/负责…), or null. */
function segmentActor(seg: string): string | null {
  const by = ACTOR_BY.exec(seg);
  if (by && ACTOR_SUFFIX.test(by[1]!)) return by[1]!;
  for (let i = 2; i <= Math.min(seg.length - 1, 24); i++) {
    if (!ACTOR_VERB_FIRST[seg.charCodeAt(i)]) continue;
    ACTOR_VERB_AT.lastIndex = i;
    if (!ACTOR_VERB_AT.test(seg)) continue;
    const head = seg.slice(0, i).replace(ACTOR_CONNECTIVE, '');
    if (head.length >= 2 && /^[\u4e00-\u9fa5、（）()]+$/.test(head) && ACTOR_SUFFIX.test(head)) return head;
  }
  return null;
}

/**
 * The verb acting on the quantity at [qStart, qEnd) (relative to the clause), and what it
 * acts on: 新建义务教育学校5所 → 新建 / 义务教育学校; 年内完成20所乡镇初中 → 完成 / 乡镇初中.
 */
export function findAction(clause: string, qStart: number, qEnd: number, counts: string | null): { action: string | null; object: string | null } {
  const seg = segmentAround(clause, qStart);
  const before = clause.slice(seg[0], qStart);
  // only the verbs the segment holds can be found in its parts
  const verbs = verbsIn(clause, seg[0], seg[1]);
  let action: string | null = null;
  let actionEnd = -1;
  for (const v of verbs) {
    let i = before.lastIndexOf(v);
    // 增加值, 增长率, 新增量: nouns, not verbs
    while (i >= 0 && NOUN_AFTER.test(before.slice(i + v.length, i + v.length + 1))) i = i > 0 ? before.lastIndexOf(v, i - 1) : -1;
    if (i >= 0 && i + v.length > actionEnd) {
      action = v;
      actionEnd = i + v.length;
    }
  }
  const after = clause.slice(qEnd, seg[1]);
  if (action === null) {
    for (const v of verbs) {
      const i = after.indexOf(v);
      if (i >= 0 && i <= 12 && !NOUN_AFTER.test(after.slice(i + v.length, i + v.length + 1))) {
        action = v;
        break;
      }
    }
  }
  let object: string | null = null;
  if (actionEnd >= 0) {
    const between = before.slice(actionEnd).replace(QUOTES, '').trim();
    if (between.length >= 2 && between.length <= 20 && !/[0-9０-９]/.test(between)) object = between;
  }
  if (object === null) {
    const separator = after.search(OBJECT_SEPARATOR);
    let tail = separator < 0 ? after : after.slice(0, separator);
    for (const v of verbs) {
      const i = tail.indexOf(v);
      if (i >= 0) tail = tail.slice(0, i);
    }
    tail = tail.replace(QUOTES, '').replace(OBJECT_LEAD, '').trim();
    if (tail.length >= 2 && tail.length <= 20 && /^[\u4e00-\u9fa5A-Za-z（）()“”]+/.test(tail)) object = tail;
  }
  if (object === null && counts) object = tidy(counts);
  return { action, object: object === null ? null : tidy(object) };
}

/** Drops quotes, leading modal words and trailing comparators (就业超过 → 就业). */
function tidy(s: string): string | null {
  const t = s.replace(QUOTES, '').replace(MODAL_HEAD, '').replace(COMPARATOR_TAIL, '').trim();
  return t.length >= 2 ? t : null;
}

/** A responsibility label in the text (working offsets) and the body it names. */
export interface ActorLabel {
  start: number;
  end: number;
  actor: string;
}

/**
 * The responsibility labels of a text, in order: （X、Y负责）, （X、Y等负责。列第一位者为牵头单位）,
 * 牵头单位：X / 责任单位：X (where both stand in one label, the lead unit). Each names the actor
 * of the item it closes.
 */
export function findActorLabels(text: string): ActorLabel[] {
  const out: ActorLabel[] = [];
  for (const m of text.matchAll(RESPONSIBLE_PAREN)) {
    const actor = m[1]!.replace(LABEL_TAIL, '').replace(/[，,]$/, '').trim();
    if (actor.length >= 2 && ORGANISATION.test(actor)) out.push({ start: m.index!, end: m.index! + m[0].length, actor });
  }
  let last: (ActorLabel & { kind: string }) | null = null;
  for (const m of text.matchAll(RESPONSIBLE_LABEL)) {
    const start = m.index!;
    const actor = m[2]!.trim();
    // 牵头单位：X，责任单位：Y in one label: the lead unit stands for it
    if (last && start - last.end <= 4 && LEAD_LABEL.test(last.kind)) {
      last.end = start + m[0].length;
      continue;
    }
    const label = { start, end: start + m[0].length, actor, kind: m[1]! };
    out.push(label);
    last = label;
  }
  return out.sort((a, b) => a.start - b.start).map(({ start, end, actor }) => ({ start, end, actor }));
}
