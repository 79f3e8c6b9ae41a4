import type { RemovalReason } from '../../schema/diagnostics.js';
import type { CleanRule } from '../types.js';

/**
 * A cleaning rule whose removals are recorded under its own name, as all but one are
 * (pagination's removals are page-chrome: it is written out as a plain `CleanRule`).
 */
export function cleanRule(rule: { name: RemovalReason; find: CleanRule['find'] }): CleanRule {
  return { name: rule.name, reason: rule.name, find: rule.find };
}
