import type { RemovalReason } from '../schema/diagnostics.js';

/** A span a rule wants deleted, in the offsets of the text the rule was given. */
export interface RuleHit {
  start: number;
  end: number;
  /** Defaults to the rule's reason. */
  reason?: RemovalReason;
  /** For paywall and tail-truncation notices: what the site says is missing. */
  cut?: { kind: 'omitted' | 'tail'; missingChars: number | null; statedTotalChars: number | null };
}

/**
 * One cleaning rule: finds spans to delete in the current text. Rules run in order,
 * each on the output of the one before; they must not throw and must stay linear.
 */
export interface CleanRule {
  name: string;
  reason: RemovalReason;
  find(text: string): RuleHit[];
}

/** A removed span, in ORIGINAL offsets. */
export interface Removal {
  reason: RemovalReason;
  start: number;
  end: number;
  text: string;
}

export interface Cut {
  kind: 'omitted' | 'tail';
  missingChars: number | null;
  statedTotalChars: number | null;
  start: number;
  end: number;
}
