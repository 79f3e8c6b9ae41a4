// The clause splitter is the one sentence/clause splitter of src/zh/split.ts.
export { splitClauses, type Clause } from '../../zh/split.js';
import type { Clause } from '../../zh/split.js';

/**
 * A new array by sentence number, for the clauses of `readings` (in text order): sentence
 * numbers are dense from 0, so arrays rather than maps, made at their final length.
 */
export const bySentence = <X>(readings: readonly { clause: Clause }[]): (X | undefined)[] =>
  new Array<X | undefined>(readings.length === 0 ? 0 : readings[readings.length - 1]!.clause.sentence + 1).fill(undefined);
