import type { RemovalReason } from '../../schema/diagnostics.js';
import type { CleanRule, RuleHit } from '../types.js';

/**
 * A cleaning rule whose removals are recorded under its own name, as all but one are
 * (pagination's removals are page-chrome: it is written out as a plain `CleanRule`).
 */
export function cleanRule(rule: { name: RemovalReason; find: CleanRule['find'] }): CleanRule {
  return { name: rule.name, reason: rule.name, find: rule.find };
}

/** A hit for each match of `pattern` (global) in `text`, shifted by `offset` (where `text` starts in the rule's text). */
export function matchHits(text: string, pattern: RegExp, offset = 0): RuleHit[] {
  return Array.from(text.matchAll(pattern), (m) => ({ start: offset + m.index, end: offset + m.index + m[0].length }));
}
