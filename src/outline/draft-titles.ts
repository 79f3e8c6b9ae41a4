import { foldWidth } from '../text/fold.js';
import type { Accepted } from './accept.js';
import type { Draft } from './draft.js';
import type { Scan } from './scan.js';
import { titleEnd } from './title-end.js';
import { trimSpan } from './titles.js';

// The title spans of the body headings: where each run-in title ends (see title-end.ts for
// titles that run on into their paragraph).

/** A heading in a line this long sits in a text whose line breaks were lost (paragraphs are shorter). */
const LINELESS = 3000;
/** A whole text on one line is lineless when it is longer than this (a few paragraphs). */
const SHORT_TEXT = 200;
/** A title runs at most this far (a "heading" in a text without punctuation). */
const MAX_TITLE = 200;

/** Provisional titles of the accepted headings; headings left without a title are dropped. */
export function titled(scan: Scan, accepted: readonly Accepted[]): Draft[] {
  let drafts: Draft[] = accepted.map((a) => ({ cand: a.cand, toc: null, body: true, strict: a.strict, titleStart: a.cand.titleStart, titleEnd: a.cand.titleStart }));
  for (let round = 0; round < 2; round++) {
    retitle(scan, drafts);
    drafts = drafts.filter((d) => d.titleEnd > d.titleStart);
  }
  return drafts;
}

/** Sets each draft's title span: to the first 。；：！？ or line end, or the next heading. */
export function retitle(scan: Scan, drafts: Draft[]): void {
  const { text } = scan;
  const trimmedLength = text.trimEnd().length;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const c = d.cand;
    const nextStart = i + 1 < drafts.length ? drafts[i + 1]!.cand.start : text.length;
    let ts = c.titleStart;
    // the title never runs into the next kept heading (a heading right after the marker leaves it empty)
    let te = Math.min(c.seriesEnd, nextStart);
    if (te <= ts && (text[ts] === '\n' || text[ts] === '\r') && c.context === 'line') {
      // a marker alone on its line: the title is the next line's first clause
      let k = ts;
      const limit = Math.min(text.length, ts + 400);
      while (k < limit && /[\s\u3000\u00a0\u200b\ufeff]/.test(text[k]!)) k++;
      if (k < limit && k < nextStart) {
        ts = k;
        // a Markdown heading that holds only its marker ("# 一、") takes the next line too
        te = Math.min(scan.breakAt(k), nextStart, c.hintEnd !== undefined && c.hintEnd > k ? c.hintEnd : text.length);
      }
    }
    let [s, e] = trimSpan(text, ts, Math.min(Math.max(ts, te), ts + MAX_TITLE));
    if (c.context !== 'line') e = spaceEnd(text, s, e);
    // a title that runs on into its paragraph (line breaks lost): see title-end.ts
    const onOwnLine = c.context === 'line' && (e >= text.length || scan.lineEndAt(s) <= Math.max(te, e) || d.cand.hinted);
    const lineless = c.lineEnd - c.lineStart > LINELESS || (c.lineEnd - c.lineStart > SHORT_TEXT && c.lineEnd - c.lineStart >= trimmedLength - 2);
    const bounded = titleEnd(scan.folded, s, e, c.family, onOwnLine, lineless);
    if (bounded.rule !== null) [s, e] = trimSpan(text, s, bounded.end);
    let uncertain = bounded.rule === 'limit';
    // the table of contents says where the title ends, when the body repeats it word for word
    // (a one-line text: "一、补齐硬件短板 筑牢优质均衡“基础桩”一是…")
    if (d.toc !== null && !onOwnLine) {
      const known = extentOf(text, s, d.toc.title, nextStart);
      if (known > s) {
        e = known;
        uncertain = false;
      }
    }
    d.titleStart = s;
    d.titleEnd = e;
    d.uncertain = uncertain;
  }
}

/**
 * Where `title` ends if the text at `from` spells it out (spaces and width aside), else -1;
 * never past `limit`.
 */
function extentOf(text: string, from: number, title: string, limit: number): number {
  const want = foldWidth(title).replace(/[\s\u3000]/g, '');
  if (want.length === 0) return -1;
  let k = from;
  let i = 0;
  while (i < want.length && k < limit) {
    const c = text[k]!;
    if (c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0') {
      k++;
      continue;
    }
    if (foldWidth(c) !== want[i]) return -1;
    i++;
    k++;
  }
  return i === want.length ? k : -1;
}

/** Text after a space that is this long is a paragraph, not the rest of a run-in title. */
const PARAGRAPH_AFTER_SPACE = 10;

/**
 * A run-in title ends at a space followed by a paragraph ("一、总体要求 以习近平新时代中国特色
 * 社会主义思想为指导，": paragraphs joined into one line with spaces). A short second phrase
 * stays (聚焦关键 精准发力).
 */
function spaceEnd(text: string, start: number, end: number): number {
  for (let i = start + 2; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0x3000 && c !== 9) continue;
    let j = i;
    while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0x3000 || text.charCodeAt(j) === 9)) j++;
    if (end - j >= PARAGRAPH_AFTER_SPACE) return i;
    i = j;
  }
  return end;
}

