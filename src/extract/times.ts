import type { TimeExpression } from '../schema/extraction.js';

export type TimeMatch = Omit<TimeExpression, 'type' | 'position'> & { start: number; end: number };

export interface TimeOptions {
  /** ISO date the relative expressions (今年, 年内, 明年) resolve against; null leaves them unresolved. */
  referenceDate?: string | null;
}

/** Every temporal expression in `text` (stub: replaced by the time extractor). */
export function findTimes(text: string, _options: TimeOptions = {}): TimeMatch[] {
  void text;
  return [];
}
