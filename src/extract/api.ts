import { clean } from '../clean/index.js';
import { Locator, positionOf } from '../location.js';
import { toReferenceDate } from '../options.js';
import type { Quantity, TimeExpression } from '../schema/extraction.js';
import { findQuantities } from './quantities.js';
import { quantityRecord, timeRecord } from './output.js';
import { findTimes, type TimeOptions } from './times.js';

// One-stage entries for callers who want quantities or times without the outline: the text
// is cleaned, the stage's finder runs on the working text, and each working span is
// positioned in the given text the way `toDocument` does it (`positionOf`).

/** The given text, cleaned: its working text, and what `positionOf` needs (its lines, the map). */
function cleanedFile(text: string) {
  const cleaned = clean(text);
  return { text: cleaned.text, map: cleaned.map, lines: new Locator(text) };
}

/**
 * Every quantity in a text (cleaned first), with positions into the given text. Kinds
 * are "other": commitments and achievements come from `parse`, which sees the sections.
 */
export function extractQuantities(text: string): Quantity[] {
  const file = cleanedFile(text);
  return findQuantities(file.text).map((q) => quantityRecord(q, 'other', null, positionOf(file, q.start, q.end)));
}

/**
 * Every temporal expression in a text (cleaned first), with positions into the given text.
 * `referenceDate`: an ISO date string or a Date, as for `parse`.
 */
export function extractTimes(text: string, options: Omit<TimeOptions, 'referenceDate'> & { referenceDate?: string | Date | null } = {}): TimeExpression[] {
  const referenceDate = toReferenceDate(options.referenceDate);
  const file = cleanedFile(text);
  return findTimes(file.text, { ...options, referenceDate }).map((t) => timeRecord(t, positionOf(file, t.start, t.end)));
}
