// Public API of the core: runs in Node and in browsers (no native or Node-only module, and
// no zod: the zod schemas are in 'tigang/schema', the Markdown projector in 'tigang/markdown').
// Re-exports only.
export { parse, safeParse, type ParseOptions, type SafeParseResult, type MarkdownProjector } from './parse.js';
export { pipeline, toDocument, positionOf, STAGE_NAMES, type PipelineOptions, type StageName, type TigangFile, type FileIssue } from './pipeline.js';
export type { OutlineResult, OutlineTree, OutlineSection, OutlineToc, OutlineTocEntry, SpanWarning } from './outline/index.js';
export { decode, type Decoded } from './decode/index.js';
export { clean, type CleanOptions, type CleanResult, type CleanRule, type Removal, type Cut, type RuleHit } from './clean/index.js';
export { defaultRules } from './clean/rules/index.js';
export { findQuantities, type QuantityMatch } from './extract/quantities.js';
export { findTimes, type TimeMatch, type TimeOptions } from './extract/times.js';
export { extractQuantities, extractTimes } from './extract/api.js';
export { outlineToText } from './render/outline-text.js';
export { outlineToMarkdown, outlineToMdast } from './render/outline-markdown.js';
export { TigangError, isTigangError, type TigangErrorData } from './errors.js';
export {
  WARNING_CODES,
  ERROR_CODES,
  STAGES,
  type Warning,
  type WarningCode,
  type WarningParams,
  type TigangErrorCode,
  type ErrorParams,
  type Stage,
  type Issue,
} from './issues.js';
export { message, MESSAGES, LOCALES, type Locale } from './messages.js';
export { toReferenceDate } from './options.js';
export type { OffsetMap, Span } from './offset-map.js';
export { renderDocumentHtml, renderSpansHtml, highlightSpans, escapeHtml, formatQuantity, formatTime, formatClaim, HIGHLIGHT_CLASS, HIGHLIGHT_CSS, type HighlightSpan, type HighlightKind, type RenderHtmlOptions, type RenderLocale, type TextSpan } from './render/html.js';
export * from './compare/index.js';
export { createIntlSegmenter, splitSentences, type IntlSegmenterOptions, type Segmenter } from './segment/index.js';
export { SCHEMA_VERSION } from './schema/version.js';
// The output's types (erased at run time); their zod schemas are in 'tigang/schema'.
export type * from './schema/types.js';
export { unitScale, type UnitScale } from './zh/scale.js';
