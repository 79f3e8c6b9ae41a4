import type { Positioner } from '../positioner.js';
import type { Claim, Quantity, TimeExpression } from '../schema/extraction.js';
import type { OutlineRoot } from '../schema/outline.js';

export interface ClaimInput {
  /** The cleaned working text. */
  text: string;
  positioner: Positioner;
  outline: OutlineRoot;
  /** Quantities found in the body, with working-text offsets beside their original positions. */
  quantities: readonly (Quantity & { start: number; end: number })[];
  times: readonly (TimeExpression & { start: number; end: number })[];
  /** Working-text spans that are not body (TOC blocks). */
  excluded: readonly { start: number; end: number }[];
}

export interface ClaimResult {
  commitments: Claim[];
  achievements: Claim[];
}

/** Groups quantities and deadlines into commitments and achievements (stub: replaced by the claim extractor). */
export function extractClaims(input: ClaimInput): ClaimResult {
  void input;
  return { commitments: [], achievements: [] };
}
