import { applyDeletions, composeMaps, identityMap, type OffsetMap } from '../offset-map.js';
import { defaultRules } from './rules/index.js';
import type { CleanRule, Cut, Removal } from './types.js';

export type { CleanRule, Cut, Removal, RuleHit } from './types.js';

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
 * Deletes site chrome and noise from a text, keeping a map back to it and a record of
 * everything removed. Pure; runs each rule once over the output of the previous one,
 * then repeats the whole pass (at most 3 times) until nothing more is removed, so
 * that `clean(clean(x).text).text === clean(x).text`.
 */
export function clean(input: string, options: CleanOptions = {}): CleanResult {
  const rules = options.rules ?? defaultRules;
  let text = input;
  let map: OffsetMap = identityMap;
  const removed: Removal[] = [];
  const cuts: Cut[] = [];
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (const rule of rules) {
      const hits = rule.find(text);
      if (hits.length === 0) continue;
      for (const hit of hits) {
        if (hit.end <= hit.start) continue;
        const start = map.toSource(hit.start);
        const end = map.toSourceEnd(hit.end);
        removed.push({ reason: hit.reason ?? rule.reason, start, end, text: input.slice(start, end) });
        if (hit.cut) cuts.push({ ...hit.cut, start, end });
      }
      const result = applyDeletions(text, hits);
      if (result.text.length === text.length) continue;
      changed = true;
      map = composeMaps(result.map, map);
      text = result.text;
    }
    if (!changed) break;
  }
  removed.sort((a, b) => a.start - b.start || b.end - a.end);
  cuts.sort((a, b) => a.start - b.start);
  return { text, map, removed, cuts };
}
