import { clean } from '../clean/index.js';
import { toReferenceDate } from '../options.js';
import { Positioner } from '../positioner.js';
import type { Quantity, TimeExpression } from '../schema/extraction.js';
import { findQuantities } from './quantities.js';
import { quantityRecord, timeRecord } from './output.js';
import { findTimes, type TimeOptions } from './times.js';

/**
 * Every quantity in a text (cleaned first), with positions into the given text. Kinds
 * are "other": commitments and achievements come from `parse`, which sees the sections.
 */
export function extractQuantities(text: string): Quantity[] {
  const cleaned = clean(text);
  const positioner = new Positioner(text, cleaned.map);
  return findQuantities(cleaned.text).map((q) => quantityRecord(q, 'other', null, positioner.position(q.start, q.end)));
}

/**
 * Every temporal expression in a text (cleaned first), with positions into the given text.
 * `referenceDate`: an ISO date string or a Date, as for `parse`.
 */
export function extractTimes(text: string, options: Omit<TimeOptions, 'referenceDate'> & { referenceDate?: string | Date | null } = {}): TimeExpression[] {
  const referenceDate = toReferenceDate(options.referenceDate);
  const cleaned = clean(text);
  const positioner = new Positioner(text, cleaned.map);
  return findTimes(cleaned.text, { ...options, referenceDate }).map((t) => timeRecord(t, positioner.position(t.start, t.end)));
}
