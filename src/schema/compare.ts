import { z } from 'zod';
import { Comparator } from './extraction.js';
import { Position } from './position.js';

import { COMPARE_SCHEMA_VERSION } from '../compare/version.js';

export { COMPARE_SCHEMA_VERSION };

export const CompareSide = z.object({
  /** `source.path` of the parsed document, or the path given in the input. */
  path: z.string().nullable(),
  title: z.string().nullable(),
  /** Length of the ORIGINAL text in UTF-16 units: every position points into it. */
  length: z.number().int(),
});
export type CompareSide = z.infer<typeof CompareSide>;

/** How a section of A relates to its counterpart in B. */
export const SectionRelation = z.enum([
  /** Found in order: the order-preserving alignment paired them. */
  'match',
  /** Paired one-to-one (Hungarian assignment) outside the order of the two outlines. */
  'moved',
  /** Its content went, with another section of A, into one section of B. */
  'merged',
  /** Its content was divided: this section of B holds part of one section of A, another section of B holds the rest. */
  'split',
]);
export type SectionRelation = z.infer<typeof SectionRelation>;

export const SectionRef = z.object({
  id: z.string(),
  marker: z.string(),
  title: z.string(),
  /** Headings (marker + title) from the top level down to this section. */
  path: z.array(z.string()),
});
export type SectionRef = z.infer<typeof SectionRef>;

export const SectionScore = z.object({
  /** Similarity of the heading texts, marker removed (character bigram Dice), 0..1. */
  title: z.number(),
  /** Similarity of the bodies (weighted shingle overlap of the width-folded, number-masked text), 0..1. */
  body: z.number(),
  /** Same depth, same ordinal, same marker family, aligned parents, 0..1. */
  structure: z.number(),
});
export type SectionScore = z.infer<typeof SectionScore>;

export const SectionPair = z.object({
  a: SectionRef,
  b: SectionRef,
  relation: SectionRelation,
  /** The combined score, 0..1, from `parts`. */
  score: z.number(),
  parts: SectionScore,
  /** Pinned through `options.pin`. */
  pinned: z.boolean(),
  /** Terms (character n-grams and policy phrases) both sections use. */
  sharedTerms: z.array(z.string()),
});
export type SectionPair = z.infer<typeof SectionPair>;

export const UnpairedSection = z.object({ id: z.string(), marker: z.string(), title: z.string() });
export type UnpairedSection = z.infer<typeof UnpairedSection>;

export const DiffOp = z.tuple([z.union([z.literal(-1), z.literal(0), z.literal(1)]), z.string()]);
export type DiffOp = z.infer<typeof DiffOp>;

export const ReuseSide = z.object({
  /** Deepest section holding the start of the passage, or null before the first heading. */
  sectionId: z.string().nullable(),
  /** Slices the ORIGINAL text to exactly `text`. */
  position: Position,
  text: z.string(),
});
export type ReuseSide = z.infer<typeof ReuseSide>;

export const ReusePassage = z.object({
  /** The passage as written in A. */
  text: z.string(),
  /** Characters compared (width-folded, whitespace and quotes dropped, a number counted as one). */
  length: z.number().int(),
  /** Share of the compared characters that are identical on both sides (1 = verbatim). */
  identity: z.number(),
  /** 套话: a central slogan or boilerplate (shipped list, options, corpus document frequency). Labelled, not removed. */
  formulaic: z.boolean(),
  a: ReuseSide,
  b: ReuseSide,
  /** Character diff from A to B ([-1, deleted], [0, kept], [1, inserted]); empty when verbatim. */
  diff: z.array(DiffOp),
});
export type ReusePassage = z.infer<typeof ReusePassage>;

export const TargetChange = z.enum(['raised', 'lowered', 'comparator', 'deadline', 'scaled', 'reworded', 'same']);
export type TargetChange = z.infer<typeof TargetChange>;

/** The unit families that can be compared: 百分点 is never %, money is compared in yuan, weights in kg. */
export const UnitFamily = z.string();

export const TargetSide = z.object({
  claimId: z.string().nullable(),
  /** The claim's sentence (or the clause around the quantity when no claim holds it). */
  text: z.string(),
  /** What is measured: the words before the figure in its clause (城镇新增就业, 居民消费价格涨幅). */
  indicator: z.string(),
  unitFamily: UnitFamily,
  /** The figure as written (1100万人以上). */
  raw: z.string(),
  /** Normalised value in the family's base unit (人, %, 元, kg …); null when masked. */
  value: z.number().nullable(),
  comparator: Comparator,
  /** annual (今年, 年度), multi-year (到2025年, 十四五), or unspecified. */
  scope: z.enum(['annual', 'multi-year', 'unspecified']),
  deadline: z.string().nullable(),
  quantities: z.array(z.string()),
  position: Position,
});
export type TargetSide = z.infer<typeof TargetSide>;

export const TargetPair = z.object({
  /** The indicator as written in B (or A when B has none). */
  topic: z.string(),
  /** The main change: a value change first (raised, lowered, scaled), then comparator, deadline, reworded, same. */
  change: TargetChange,
  /** Every change that applies (1100万人左右 → 1200万人以上 is raised and comparator). */
  changes: z.array(TargetChange),
  /** Similarity of the two indicators, 0..1. */
  score: z.number(),
  a: TargetSide,
  b: TargetSide,
});
export type TargetPair = z.infer<typeof TargetPair>;

export const CommitmentComparison = z.object({
  changed: z.array(TargetPair),
  same: z.array(TargetPair),
  added: z.array(TargetSide),
  dropped: z.array(TargetSide),
});
export type CommitmentComparison = z.infer<typeof CommitmentComparison>;

export const Keyword = z.object({
  term: z.string(),
  count: z.number().int(),
  score: z.number(),
  /** From the shipped list of policy phrases (提法), rather than found as a repeated n-gram. */
  phrase: z.boolean(),
});
export type Keyword = z.infer<typeof Keyword>;

export const ThemeScore = z.object({ theme: z.string(), score: z.number(), terms: z.array(z.string()) });
export type ThemeScore = z.infer<typeof ThemeScore>;

export const DocumentKeywords = z.object({
  keywords: z.array(Keyword),
  themes: z.array(ThemeScore),
  sections: z.array(z.object({ id: z.string(), keywords: z.array(z.string()) })),
});
export type DocumentKeywords = z.infer<typeof DocumentKeywords>;

export const CompareResult = z.object({
  schemaVersion: z.literal(COMPARE_SCHEMA_VERSION),
  a: CompareSide,
  b: CompareSide,
  /** 0..1; 1 for a text against itself. Explained by `scores`. */
  similarity: z.number(),
  scores: z.object({
    /** Weighted Jaccard of the character shingles (content), 0..1. */
    content: z.number(),
    /** Share of both outlines' sections that were paired, weighted by their scores, 0..1 (null when either text has no outline). */
    structure: z.number().nullable(),
    /** Share of both texts' compared characters inside reuse passages, 0..1. */
    reuse: z.number(),
    /** The same shares counting only passages that are not formulaic. */
    reuseNonFormulaic: z.number(),
  }),
  /** Share of A found in B (aInB) and of B found in A (bInA), by reuse passages. */
  containment: z.object({ aInB: z.number(), bInA: z.number() }),
  sections: z.array(SectionPair),
  onlyInA: z.array(UnpairedSection),
  onlyInB: z.array(UnpairedSection),
  reuse: z.array(ReusePassage),
  commitments: CommitmentComparison,
  keywords: z.object({ a: DocumentKeywords, b: DocumentKeywords, shared: z.array(z.string()) }),
  /** What was not done in full (e.g. 'sections-truncated': outlines too large to align every level). */
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type CompareResult = z.infer<typeof CompareResult>;

export const CorpusPair = z.object({
  a: z.string(),
  b: z.string(),
  /** MinHash estimate of the Jaccard similarity of the two shingle sets. */
  similarity: z.number(),
  aInB: z.number(),
  bInA: z.number(),
});
export type CorpusPair = z.infer<typeof CorpusPair>;

export const CorpusPassage = z.object({
  text: z.string(),
  formulaic: z.boolean(),
  /** Number of documents holding it. */
  count: z.number().int(),
  docs: z.array(z.string()),
});
export type CorpusPassage = z.infer<typeof CorpusPassage>;

export const CorpusResult = z.object({
  schemaVersion: z.literal(COMPARE_SCHEMA_VERSION),
  documents: z.array(z.object({ id: z.string(), title: z.string().nullable(), length: z.number().int(), shingles: z.number().int() })),
  /** The sparse similarity matrix: candidate pairs from LSH, with their estimates. */
  pairs: z.array(CorpusPair),
  /** Up to k best pairs per document. */
  topK: z.record(z.string(), z.array(z.object({ id: z.string(), similarity: z.number() }))),
  /** Near-duplicate groups (union-find over pairs at or above the group threshold), two documents or more. */
  groups: z.array(z.array(z.string())),
  /** Theme × document matrix: per document, theme → occurrences per 10,000 characters. */
  themes: z.object({ names: z.array(z.string()), matrix: z.record(z.string(), z.array(z.number())) }),
  passages: z.array(CorpusPassage),
});
export type CorpusResult = z.infer<typeof CorpusResult>;
