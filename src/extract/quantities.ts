import type { Quantity } from '../schema/extraction.js';

export type QuantityMatch = Omit<Quantity, 'type' | 'position' | 'kind' | 'claimId'> & { start: number; end: number };

/** Temporary stub until the quantity extractor lands. */
export function findQuantities(text: string): QuantityMatch[] {
  void text;
  return [];
}
