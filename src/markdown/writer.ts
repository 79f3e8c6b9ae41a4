import type { Removal } from '../clean/types.js';
import { applyDeletions, type OffsetMap } from '../offset-map.js';
import type { RemovalReason } from '../schema/diagnostics.js';

/**
 * Writes the projected text of a Markdown source by keeping spans of it, in order; all
 * the rest is deleted. So every character of the text is a character of the source, and
 * the offset map is that of a deletion (`applyDeletions`). Spans removed for a named
 * reason (front matter, comments, images …) are recorded as such; every other deleted
 * character is markup.
 */
export class KeptSpanWriter {
  /** Kept source spans, in order, not overlapping. */
  private readonly kept: { start: number; end: number }[] = [];
  /** Length of the projected text so far. */
  private written = 0;
  /** Source offset up to which everything has been decided. */
  private cursor = 0;
  /** Deleted spans with a reason other than markup; they may overlap what is kept later. */
  private readonly named: { start: number; end: number; reason: RemovalReason }[] = [];
  /** Source offset of the newline to keep before the next kept character, or -1. */
  private pendingNewline = -1;

  constructor(readonly source: string) {}

  /** Length of the projected text so far. */
  get length(): number {
    return this.written;
  }

  /** Offset in the text where the next kept character goes (after an owed newline). */
  get nextStart(): number {
    return this.written + (this.pendingNewline >= 0 ? 1 : 0);
  }

  /** Records `[start, end)` of the source as deleted for `reason` (not markup). */
  remove(start: number, end: number, reason: RemovalReason): void {
    this.named.push({ start, end, reason });
  }

  /** Keeps one newline of the source before a block that starts at `blockStart` (blocks are on their own lines), once the block keeps something. */
  newline(blockStart: number): void {
    if (this.written === 0) return;
    const nl = this.source.lastIndexOf('\n', blockStart - 1);
    this.pendingNewline = nl >= this.cursor ? nl : -1;
  }

  /** Keeps `[start, end)` of the source, less what was already decided. */
  keep(start: number, end: number): void {
    if (this.pendingNewline >= 0) {
      const nl = this.pendingNewline;
      this.pendingNewline = -1;
      if (nl < start) this.keep(nl, nl + 1);
    }
    const s = Math.max(start, this.cursor);
    if (end <= s) return;
    const last = this.kept[this.kept.length - 1];
    if (last && last.end === s) last.end = end;
    else this.kept.push({ start: s, end });
    this.written += end - s;
    this.cursor = end;
  }

  /** The text, its map to the source, and every deleted span, split by the named removals inside it. */
  finish(): { text: string; map: OffsetMap; removed: Removal[] } {
    const deletions: { start: number; end: number }[] = [];
    let at = 0;
    for (const k of this.kept) {
      if (k.start > at) deletions.push({ start: at, end: k.start });
      at = k.end;
    }
    if (at < this.source.length) deletions.push({ start: at, end: this.source.length });
    const { text, map } = applyDeletions(this.source, deletions);
    const removed: Removal[] = [];
    const named = [...this.named].sort((a, b) => a.start - b.start);
    for (const d of deletions) {
      let pos = d.start;
      for (const s of named) {
        if (s.end <= pos || s.start >= d.end) continue;
        if (s.start > pos) this.markup(removed, pos, s.start);
        const e = Math.min(s.end, d.end);
        removed.push({ reason: s.reason, start: Math.max(s.start, pos), end: e, text: this.source.slice(Math.max(s.start, pos), e) });
        pos = e;
      }
      if (pos < d.end) this.markup(removed, pos, d.end);
    }
    return { text, map, removed };
  }

  /**
   * Markup removed. Spaces and line breaks alone are recorded too: nothing is lost, and a
   * quantity or claim that spans one (a line's trailing space, "2.1 - ⏎3所") still equals the
   * original at its position with the removed spans deleted.
   */
  private markup(out: Removal[], start: number, end: number): void {
    out.push({ reason: 'markdown-syntax', start, end, text: this.source.slice(start, end) });
  }
}
