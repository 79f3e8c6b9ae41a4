import { checkInput } from '../options.js';
import { applyDeletions, composeMaps, identityMap, type Deletion, type OffsetMap } from '../offset-map.js';
import { defaultRules } from './rules/index.js';
import type { CleanRule, Cut, Removal, RuleContext } from './types.js';
import { lineSpansOf, type LineSpan } from '../text/lines.js';
import { foldForMatching } from '../zh/fold.js';

export type { CleanRule, Cut, PageField, Removal, RuleHit } from './types.js';

const MAX_PASSES = 6;

export interface CleanResult {
  /** The text with noise deleted; nothing else is changed. */
  text: string;
  /** Maps offsets in `text` back to the input of `clean`. */
  map: OffsetMap;
  /** Every deleted span, in input offsets, in input order. */
  removed: Removal[];
  /** Paywall cuts and tail truncations, in input offsets. */
  cuts: Cut[];
}

export interface CleanOptions {
  rules?: readonly CleanRule[];
}

/**
 * Where a text state's fold comes from when no rule has folded it yet: an earlier state's
 * fold and the deletions made since. The fold maps code unit to code unit, so deleting the
 * same spans from the earlier fold gives this state's fold, for the cost of a copy instead
 * of a fold (a text changes several times per pass).
 */
interface FoldSource {
  folded: string;
  steps: readonly (readonly Deletion[])[];
}

/** A rule context with what it has computed so far, for the next text state to build on. */
interface PassContext extends RuleContext {
  /** The fold, once computed (by a rule or by `source`); null before. */
  foldedSoFar(): string | null;
  readonly source: FoldSource | null;
}

/**
 * The lines of `text`, split once, and its fold for matching, made once, for all the rules
 * that ask while the text stays the same (a state no rule folds is not folded: its fold, if
 * a later state needs one, comes from the last fold made and the deletions since).
 */
function ruleContext(text: string, source: FoldSource | null, mayHold: (char: string) => boolean): PassContext {
  let lines: readonly LineSpan[] | null = null;
  let folded: string | null = null;
  const fold = (): string => {
    if (source === null) return foldForMatching(text);
    let f = source.folded;
    for (const step of source.steps) f = applyDeletions(f, step).text;
    return f;
  };
  return {
    text,
    source,
    lines: () => (lines ??= lineSpansOf(text)),
    folded: () => (folded ??= fold()),
    foldedSoFar: () => folded,
    mayHold,
  };
}

/** The context of the text left after `deletions` (merged, sorted) from the context's text. */
function nextContext(context: PassContext, text: string, deletions: readonly Deletion[]): PassContext {
  const folded = context.foldedSoFar();
  const { mayHold } = context;
  if (folded !== null) return ruleContext(text, { folded, steps: [deletions] }, mayHold);
  if (context.source !== null) return ruleContext(text, { folded: context.source.folded, steps: [...context.source.steps, deletions] }, mayHold);
  return ruleContext(text, null, mayHold);
}

/**
 * Deletes site chrome and noise from a text, keeping a map back to it and a record of
 * everything removed. Pure; runs each rule once over the output of the previous one,
 * then repeats the whole pass (at most 6 times) until nothing more is removed, so
 * that `clean(clean(x).text).text === clean(x).text`.
 */
export function clean(input: string, options: CleanOptions = {}): CleanResult {
  const { text, map, removed, cuts } = cleanAndFold(input, options);
  return { text, map, removed, cuts };
}

/**
 * `clean`, and the cleaned text folded for matching (zh/fold.ts), which the pipeline keeps:
 * mostly derived from the folds the rules made, not folded again.
 */
export function cleanAndFold(input: string, options: CleanOptions = {}): CleanResult & { folded: string } {
  checkInput('clean', input, false);
  const rules = (options ?? {}).rules ?? defaultRules;
  let text = input;
  let map: OffsetMap = identityMap;
  const removed: Removal[] = [];
  const cuts: Cut[] = [];
  // one rule's deletion can open the way for another's (a URL out of a 来源 line makes it
  // short enough to read as one); texts settle in two passes, a third confirms it
  // Rules are pure: a rule that left a text unchanged would leave it unchanged again, so
  // a later pass skips it while the text is still the one it saw.
  const leftUnchanged = new Map<CleanRule, string>();
  // a character the input does not hold, no text state holds: searched once per character asked
  const held = new Map<string, boolean>();
  const mayHold = (char: string): boolean => {
    let holds = held.get(char);
    if (holds === undefined) held.set(char, (holds = input.includes(char)));
    return holds;
  };
  let context = ruleContext(text, null, mayHold);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const rule of rules) {
      if (leftUnchanged.get(rule) === text) continue;
      const hits = rule.find(text, context);
      if (hits.length === 0) {
        leftUnchanged.set(rule, text);
        continue;
      }
      for (const hit of hits) {
        if (hit.end <= hit.start) continue;
        const start = map.toSource(hit.start);
        const end = map.toSourceEnd(hit.end);
        const removal: Removal = { reason: hit.reason ?? rule.reason, start, end, text: input.slice(start, end) };
        if (hit.fields) removal.fields = hit.fields;
        removed.push(removal);
        if (hit.cut) cuts.push({ ...hit.cut, start, end });
      }
      const result = applyDeletions(text, hits);
      if (result.text.length === text.length) {
        leftUnchanged.set(rule, text);
        continue;
      }
      changed = true;
      map = composeMaps(result.map, map);
      context = nextContext(context, result.text, result.merged);
      text = result.text;
    }
    if (!changed) break;
  }
  cuts.sort((a, b) => a.start - b.start);
  const spans = flatten(removed, input);
  // One flat segment map instead of a chain of per-rule maps: every later stage maps
  // offsets often, and a chain costs a binary search per rule that changed the text.
  const flat = applyDeletions(input, spans);
  return { text, map: flat.text === text ? flat.map : map, removed: spans, cuts, folded: context.folded() };
}

/** Character debris that a later, wider deletion simply absorbs. */
const DEBRIS = new Set<Removal['reason']>(['escape-token', 'zero-width']);

/**
 * A later rule may delete a span that holds what an earlier one already deleted; in
 * input offsets that span then contains the earlier one. (Spans never overlap partially:
 * a later span maps to a run of kept characters plus the deletions between them.) The
 * list is made flat and non-overlapping: an outer span absorbs inner debris ("<U+00A0>"
 * tokens inside a toolbar line); otherwise it is cut into the pieces around the inner
 * spans, so each piece keeps the reason of the rule that deleted it (a page-number
 * deletion that also spans the blank lines around an already deleted 上传人… line does
 * not take that line over). What the outer rule read off its span (`fields`) stays with
 * its first piece.
 */
function flatten(removed: Removal[], input: string): Removal[] {
  removed.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Removal[] = [];
  let i = 0;
  const emit = (outer: Removal, inner: Removal[]) => {
    let at = outer.start;
    let fields = outer.fields;
    const piece = (start: number, end: number) => {
      const p: Removal = { reason: outer.reason, start, end, text: input.slice(start, end) };
      if (fields) p.fields = fields;
      fields = undefined;
      out.push(p);
    };
    for (const r of inner) {
      if (DEBRIS.has(r.reason)) continue;
      if (r.start > at) piece(at, r.start);
      out.push(r);
      at = r.end;
    }
    if (outer.end > at) piece(at, outer.end);
  };
  // each top-level span with the (already flattened) spans inside it
  const take = (): Removal[] => {
    const outer = removed[i++]!;
    const inner: Removal[] = [];
    while (i < removed.length && removed[i]!.start >= outer.start && removed[i]!.end <= outer.end) {
      if (removed[i]!.start === outer.start && removed[i]!.end === outer.end) {
        i++; // the same span twice: keep the first
        continue;
      }
      inner.push(...take());
    }
    const before = out.length;
    emit(outer, inner);
    return out.splice(before);
  };
  const result: Removal[] = [];
  while (i < removed.length) result.push(...take());
  return result;
}
