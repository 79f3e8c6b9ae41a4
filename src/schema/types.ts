// The output's types as type aliases only, so that 'tigang' exports no zod value in its
// declarations either (the schemas themselves are in 'tigang/schema').
import type * as Schema from './index.js';

export type Change = Schema.Change;
export type Claim = Schema.Claim;
export type ClaimKind = Schema.ClaimKind;
export type Comparator = Schema.Comparator;
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
