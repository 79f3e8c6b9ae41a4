/**
 * The stages after cleaning match on a folded copy of the cleaned text (src/zh/fold.ts:
 * half-width, unified, Simplified; same length, same offsets). What they output must
 * read as the document is written: every `raw`, `title`, `marker` and claim field is
 * re-sliced from the UNFOLDED cleaned text at the offsets it came from, and a `unit` is
 * given with its forms folded only (億元 stays 億元, ％ → %, 年 → 年).
 */
import type { OutlineSection, OutlineTocEntry } from './outline/nodes.js';
import type { ClaimAt } from './extract/claim/record.js';
import type { Quantity, TimeExpression } from './schema/extraction.js';
import { foldForms } from './zh/fold.js';

/** How far from its hint a string is looked for (a title after a long marker, a claim's action inside its clause). */
const SEARCH_WINDOW = 2000;

export class Unfolder {
  /** Section labels (marker + title) as matched → as written, for the claims' section paths. */
  private readonly labels = new Map<string, string>();

  constructor(
    /** The cleaned text as written. */
    readonly text: string,
    /** foldForMatching(text). */
    readonly folded: string,
  ) {
    this.identity = text === folded;
  }

  /**
   * True when folding changed nothing, so that there is nothing to restore. Compared once:
   * two different strings of the same length compare up to their first difference, which
   * in a long text folded only near its end would be most of the text at every call.
   */
  readonly identity: boolean;

  /**
   * `s`, a slice of the folded text at or after `hint`, as written in the text; `s`
   * itself when it is not found there (a string the stage composed).
   */
  slice(s: string, hint: number): string {
    if (s === '' || this.identity) return s;
    if (this.folded.startsWith(s, hint)) return this.text.slice(hint, hint + s.length);
    // The first occurrence from hint − 16 on, if it starts within the window: searched in
    // the window only (an indexOf to the end of the text made each miss cost the rest of
    // the document, quadratic on a long text with a line break nowhere).
    const from = Math.max(0, hint - 16);
    const k = this.folded.slice(from, hint + SEARCH_WINDOW + s.length).indexOf(s);
    return k < 0 ? s : this.text.slice(from + k, from + k + s.length);
  }

  /** A quantity's raw and unit at its cleaned offsets. */
  quantity<Q extends Pick<Quantity, 'raw' | 'unit'>>(q: Q, start: number, end: number): Q {
    if (this.identity) return q;
    const foldedRaw = this.folded.slice(start, end);
    if (foldedRaw === q.raw) q.raw = this.text.slice(start, end);
    if (q.unit !== null) {
      const k = foldedRaw.lastIndexOf(q.unit);
      if (k >= 0) q.unit = foldForms(this.text.slice(start + k, start + k + q.unit.length));
    }
    return q;
  }

  /** A time expression's raw at its cleaned offsets. */
  time<T extends Pick<TimeExpression, 'raw'>>(t: T, start: number, end: number): T {
    if (this.identity) return t;
    if (this.folded.slice(start, end) === t.raw) t.raw = this.text.slice(start, end);
    return t;
  }

  /**
   * A claim's text, action, object and actor at its working span; its section path from the
   * restored sections (call sections() first).
   */
  claim(c: ClaimAt): void {
    if (this.identity) return;
    const hint = c.start;
    // the claim's text is the cleaned text at its span (the original with removed spans deleted)
    if (this.folded.startsWith(c.text, hint)) c.text = this.text.slice(hint, hint + c.text.length);
    if (c.action !== null) c.action = this.slice(c.action, hint);
    if (c.object !== null) c.object = this.slice(c.object, hint);
    if (c.actor !== null) c.actor = this.slice(c.actor, hint);
    c.sectionPath = c.sectionPath.map((label) => this.labels.get(label) ?? label);
    // its quantities and times are the stage's own records, restored by quantity() and time()
  }

  /** Markers and titles of the outline's sections and TOC entries (at their working spans). */
  sections(sections: readonly OutlineSection[]): void {
    if (this.identity) return;
    for (const s of sections) {
      const at = s.headingSpan ?? s.span;
      if (at) {
        const hint = at.start;
        const label = s.marker + s.title;
        s.marker = this.slice(s.marker, hint);
        s.title = this.slice(s.title, hint + s.marker.length);
        this.labels.set(label, s.marker + s.title);
      }
      this.sections(s.children);
    }
  }

  tocEntries(entries: readonly OutlineTocEntry[]): void {
    if (this.identity) return;
    for (const e of entries) {
      const hint = e.span.start;
      e.marker = this.slice(e.marker, hint);
      e.title = this.slice(e.title, hint + e.marker.length);
    }
  }
}
