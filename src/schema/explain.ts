import { z } from 'zod';
import { Position } from './position.js';

/** A quantity candidate that a filter rejected: what the parser read there, and why it is not a quantity. */
export const RejectedQuantity = z.object({
  /** The text the parser read, as written. */
  raw: z.string(),
  /** Where it is in the original text (unist). */
  position: Position,
  /** The parser that proposed it (`amount`, `range`, `from-to`, `blanked` …). */
  parser: z.string(),
  /** The filter that rejected it (`year`, `slogan`, `idiom`, `ordinal`, `time-span` …). */
  filter: z.string(),
});
export type RejectedQuantity = z.infer<typeof RejectedQuantity>;

/** What the extractors considered and rejected: only with the `explain` option. */
export const Explain = z.object({
  quantities: z.object({
    /** Candidates a filter rejected, in text order. */
    rejected: z.array(RejectedQuantity),
  }),
});
export type Explain = z.infer<typeof Explain>;
