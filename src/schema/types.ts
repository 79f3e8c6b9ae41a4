// The output's types as type aliases only, so that 'tigang' exports no zod value in its
// declarations either (the schemas themselves are in 'tigang/schema').
import type * as Schema from './index.js';

export type Change = Schema.Change;
export type Claim = Schema.Claim;
export type ClaimKind = Schema.ClaimKind;
export type Comparator = Schema.Comparator;
export type Explain = Schema.Explain;
export type InputFormat = Schema.InputFormat;
export type Located = Schema.Located;
export type MarkerFamily = Schema.MarkerFamily;
export type Metadata = Schema.Metadata;
export type Origin = Schema.Origin;
export type OutlineRoot = Schema.OutlineRoot;
export type Point = Schema.Point;
export type Position = Schema.Position;
export type Quantity = Schema.Quantity;
export type QuantityKind = Schema.QuantityKind;
export type RejectedQuantity = Schema.RejectedQuantity;
export type RemovalReason = Schema.RemovalReason;
export type RemovedSpan = Schema.RemovedSpan;
export type Section = Schema.Section;
export type SourceInfo = Schema.SourceInfo;
export type TigangDocument = Schema.TigangDocument;
export type TimeExpression = Schema.TimeExpression;
export type TimeKind = Schema.TimeKind;
export type Toc = Schema.Toc;
export type TocEntry = Schema.TocEntry;
export type Truncation = Schema.Truncation;

// comparison (compare, compareCorpus)
export type CompareSide = Schema.CompareSide;
export type SectionRelation = Schema.SectionRelation;
export type SectionRef = Schema.SectionRef;
export type SectionScore = Schema.SectionScore;
export type SectionPair = Schema.SectionPair;
export type UnpairedSection = Schema.UnpairedSection;
export type DiffOp = Schema.DiffOp;
export type ReuseSide = Schema.ReuseSide;
export type ReusePassage = Schema.ReusePassage;
export type TargetChange = Schema.TargetChange;
export type TargetSide = Schema.TargetSide;
export type TargetPair = Schema.TargetPair;
export type CommitmentComparison = Schema.CommitmentComparison;
export type Keyword = Schema.Keyword;
export type ThemeScore = Schema.ThemeScore;
export type DocumentKeywords = Schema.DocumentKeywords;
export type CompareResult = Schema.CompareResult;
export type CorpusPair = Schema.CorpusPair;
export type CorpusPassage = Schema.CorpusPassage;
export type CorpusResult = Schema.CorpusResult;
