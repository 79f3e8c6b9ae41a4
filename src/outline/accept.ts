import type { MarkerFamily } from '../schema/outline.js';
import type { Candidate, Scan } from './scan.js';
import { isDiscourse } from './tree.js';
import { lowerBound } from '../text/search.js';
import { CLOSING_LENTICULAR, CLOSING_PARENS, CLOSING_QUOTES, COLONS, ELLIPSIS, LATIN_STOPS, SEMICOLONS, SENTENCE_ENDS, charClass } from '../zh/chars.js';

export interface Accepted {
  cand: Candidate;
  /** Run in right after another heading's title (no 。 between): must fit the tree exactly. */
  strict: boolean;
}

/** How far apart two 一是/二是 (or 第一，/第二，, 首先/其次) may be and still count as one series. */
const DISCOURSE_REACH = 3000;
/**
 * Families that may follow another heading's title directly: "…紧迫感(一)近年来…", and in a
 * text whose line breaks were lost, "二、工作任务1.城镇小区…", "1 总则1.1 编制目的…" or "（一）…一）…".
 */
const RUN_ON: ReadonlySet<MarkerFamily> = new Set<MarkerFamily>([
  'cn-paren', 'arabic-paren', 'circled', 'di-zhang', 'di-jie', 'di-bufen', 'di-pian',
  'arabic-dot', 'arabic-dun', 'arabic-half-paren', 'cn-half-paren', 'decimal',
]);
/** A heading title ends at one of these: 。.．!！?？;；:：… and the closing quotes and brackets ”’」』)）】 (not 》). */
const TERMINAL = new RegExp(charClass(SENTENCE_ENDS, LATIN_STOPS, SEMICOLONS, COLONS, ELLIPSIS, CLOSING_QUOTES, CLOSING_PARENS, CLOSING_LENTICULAR));

/**
 * Decides which markers are headings, before the tree is built. A marker at a line
 * start is taken (the tree rejects numbers out of sequence); one after 。；： must have a
 * neighbour in its series (三、 after 。 needs a 二、 or 四、 nearby) — except 一是, which
 * opens a series; a marker inside a sentence is taken only right after another heading's
 * title. Series whose markers mostly split a sentence (page-chunk numbers of document
 * sites: "…坚\n\n2、持党对…") are dropped.
 */
export function acceptHeadings(scan: Scan, candidates: readonly Candidate[]): Accepted[] {
  const live = dropPageChunks(scan, candidates);
  const index = new Map<string, number[]>();
  const add = (key: string, start: number) => {
    const list = index.get(key);
    if (list) list.push(start);
    else index.set(key, [start]);
  };
  for (const c of live) {
    if (c.context === 'mid') continue;
    add(`${c.key}#${c.ordinal}`, c.start);
    if (c.path) add(`path#${c.path.join('.')}`, c.start);
  }
  /** Is there an entry of `key` in the open interval (from, to)? */
  const has = (key: string, from: number, to: number): boolean => {
    const list = index.get(key);
    if (!list) return false;
    const lo = lowerBound(list.length, (i) => list[i]! <= from);
    return lo < list.length && list[lo]! < to;
  };

  const taken = new Map<string, number>();
  const supported = (c: Candidate): boolean => {
    const reach = isDiscourse(c.family) ? DISCOURSE_REACH : Number.MAX_SAFE_INTEGER / 4;
    const before = c.start - reach;
    const after = c.start + reach;
    if (c.family === 'decimal' && c.path) {
      const p = c.path;
      const prefix = p.slice(0, -1);
      const last = p[p.length - 1]!;
      const key = (q: number[]) => `path#${q.join('.')}`;
      return (
        has(key([...prefix, last - 1]), -1, c.start) ||
        has(key([...prefix, last + 1]), c.start, Number.MAX_SAFE_INTEGER) ||
        (prefix.length > 0 && has(key(prefix), -1, c.start)) ||
        has(key([...p, 1]), c.start, Number.MAX_SAFE_INTEGER)
      );
    }
    if (c.family === 'sequence-word') {
      const k = (o: number) => `sequence-word#${o}`;
      switch (c.ordinal) {
        case 1:
          return has(k(2), c.start, after) || has(k(0), c.start, after);
        case 2:
          return has(k(1), before, c.start);
        case 3:
          return has(k(2), before, c.start);
        default:
          return has(k(1), before, c.start) || has(k(2), before, c.start);
      }
    }
    for (let d = 1; d <= 3; d++) {
      if (c.ordinal - d >= 1 && has(`${c.key}#${c.ordinal - d}`, before, c.start)) return true;
      // a predecessor already taken as a run-in heading: "…紧迫感(一)近年来…。(二)当前…"
      if (c.ordinal - d >= 1 && (taken.get(`${c.key}#${c.ordinal - d}`) ?? -Infinity) > before) return true;
      if (has(`${c.key}#${c.ordinal + d}`, c.start, after)) return true;
    }
    return false;
  };

  const out: Accepted[] = [];
  let last: Candidate | null = null;
  for (const c of live) {
    let strict = false;
    let ok: boolean;
    if (c.hinted) ok = true;
    else if (c.context === 'mid') {
      ok =
        last !== null &&
        c.start >= last.titleStart &&
        c.start < last.breakEnd &&
        RUN_ON.has(c.family) &&
        // it can only open a level below (a new family at 1) or go on from its predecessor
        ((c.ordinal === 1 && c.key !== last.key) || taken.has(`${c.key}#${c.ordinal - 1}`));
      strict = true;
    } else {
      switch (c.family) {
        case 'cn-shi':
          ok = c.ordinal === 1 || supported(c);
          break;
        case 'cn-yao': // 一要 alone is a verb phrase (一要…就…); a series is a list
        case 'di-comma':
        case 'sequence-word':
        case 'decimal':
          ok = supported(c);
          break;
        default:
          ok = c.context === 'line' || supported(c);
      }
    }
    if (!ok) continue;
    out.push({ cand: c, strict });
    taken.set(`${c.key}#${c.ordinal}`, c.start);
    last = c;
  }
  return out;
}

/**
 * Page-chunk numbers: a series of Arabic markers at line starts where most of them follow
 * a long line that breaks off mid-sentence.
 */
function dropPageChunks(scan: Scan, candidates: readonly Candidate[]): readonly Candidate[] {
  const { text, folded } = scan;
  const total = new Map<string, number>();
  const broken = new Map<string, number>();
  for (const c of candidates) {
    if (c.context !== 'line') continue;
    if (c.family !== 'arabic-dun' && c.family !== 'arabic-dot' && c.family !== 'decimal' && c.family !== 'cn-dun') continue;
    total.set(c.key, (total.get(c.key) ?? 0) + 1);
    let k = c.lineStart - 1;
    let steps = 0;
    while (k >= 0 && steps < 400 && /[\s\u3000\u00a0\u200b\ufeff]/.test(text[k]!)) {
      k--;
      steps++;
    }
    if (k < 0 || TERMINAL.test(folded[k]!)) continue;
    const lineStart = scan.lineStartOf(k);
    if (k - lineStart < 20) continue; // a short line: a heading or a title, not a cut paragraph
    broken.set(c.key, (broken.get(c.key) ?? 0) + 1);
  }
  const drop = new Set<string>();
  for (const [key, b] of broken) if (b >= 2 && b * 2 >= (total.get(key) ?? 0)) drop.add(key);
  if (drop.size === 0) return candidates;
  return candidates.filter((c) => !(c.context === 'line' && drop.has(c.key)));
}
