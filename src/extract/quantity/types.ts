/**
 * The shape of the quantity extractor (chrono-node's): PARSERS propose candidates at the
 * positions their forms can start at, named FILTERS reject the candidates that Chinese
 * policy language makes a year, an ordinal, a name or an idiom rather than an amount, and
 * REFINERS rework the list of quantities kept. The engine (../quantities.ts) runs them in order.
 */
import type { Change, Comparator, Quantity } from '../../schema/extraction.js';
import type { Amount } from './amount.js';
import type { NumberStart } from './parsers/number.js';
import type { Token } from './tokens.js';

/** A quantity found, with working offsets: text.slice(start, end) === raw. */
export type QuantityMatch = Omit<Quantity, 'type' | 'position' | 'kind' | 'claimId'> & { start: number; end: number };

/** What a parser read: a quantity before the filters and the words around it have had their say. */
export interface Candidate {
  start: number;
  end: number;
  value: number | null;
  unit: string | null;
  masked: boolean;
  approx: boolean;
  /** The rule named in the output (`arabic`, `range`, `percent-words` …). */
  rule: string;
  min?: number;
  max?: number;
  from?: number;
  to?: number;
  yuan?: number;
  ratio?: string;
  change?: Change;
  comparator?: Comparator;
  countable: boolean;
  /** The amounts read (one, or both ends of a range or change); the filters read them. */
  first?: Amount;
  last?: Amount;
}

/** A parser's reading at a position: its candidate and where the scan resumes. */
export interface Reading {
  candidate: Candidate;
  resume: number;
}

/** The text being scanned (cut at a barrier: no reading looks past the cut), as parsers see it. */
export interface QuantityScan {
  readonly text: string;
  /** The token at `at` (tokens.ts), read once per position whichever parsers ask. */
  token(at: number): Token | null;
  /** The number token at `at` and its first amount (parsers/number.ts), read once per position. */
  number(at: number): NumberStart | null;
}

export interface QuantityParser {
  /** Named in `explain` output: which parser proposed a rejected candidate. */
  name: string;
  /** The characters its form can start with: the scan offers it only those positions. */
  first: string;
  /**
   * The form read at `at`: null when the form is not there (the next parser is tried);
   * otherwise the position is taken: a reading with its candidate, or only the offset the
   * scan resumes at when the form reads as no amount (a number, so that the commonest
   * outcome, a word numeral passed over, allocates nothing).
   */
  read(scan: QuantityScan, at: number): Reading | number | null;
  /** A candidate of this parser that the filters reject leaves the position to the parsers after it. */
  fallThrough?: boolean;
}

/** What a filter sees of a candidate read from amounts. */
export interface FilterInput {
  readonly text: string;
  readonly candidate: Candidate;
  /** The first and last amount read (the same one unless a range or from-to). */
  readonly first: Amount;
  readonly last: Amount;
  /** Up to LOOKBACK characters before the number (before its sign, if any). */
  readonly before: string;
  /** The comparator before the number (至少, 超过) and after it (以上, 左右), when there is one. */
  readonly prefix: { comparator: Comparator; approximate: boolean; at: number } | null;
  readonly suffix: { word: string; comparator: Comparator; approximate: boolean } | null;
  /** Offset after the amount (a misread percent sign included), before a suffix comparator. */
  readonly end: number;
}

/** A named predicate: true when the candidate is not a quantity (a year, a slogan, an idiom …). */
export interface QuantityFilter {
  name: string;
  rejects(input: FilterInput): boolean;
}

/** Reworks the quantities found (in text order), after the scan. */
export interface QuantityRefiner {
  name: string;
  refine(text: string, quantities: QuantityMatch[]): QuantityMatch[];
}

/** A candidate a filter rejected (recorded with the `explain` option): working offsets. */
export interface RejectedCandidate {
  start: number;
  end: number;
  parser: string;
  filter: string;
}
