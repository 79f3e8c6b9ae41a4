// Public API of the core: runs in Node and in browsers (no native or Node-only module).
export { parse, type ParseOptions } from './parse.js';
export { decode, type Decoded } from './decode/index.js';
export { clean, type CleanOptions, type CleanResult, type CleanRule, type Removal, type Cut } from './clean/index.js';
export { defaultRules } from './clean/rules/index.js';
export { extractMetadata } from './metadata/index.js';
export { buildOutline, type OutlineOptions, type OutlineResult } from './outline/index.js';
export { projectMarkdown } from './markdown/index.js';
export { findQuantities, type QuantityMatch } from './extract/quantities.js';
export { findTimes, type TimeMatch, type TimeOptions } from './extract/times.js';
export { extractClaims, type ClaimInput, type ClaimResult } from './extract/claims.js';
export { extractQuantities, extractTimes } from './extract/api.js';
export { outlineToText } from './render/outline-text.js';
export { outlineToMarkdown, outlineToMdast } from './render/outline-markdown.js';
export { Positioner } from './positioner.js';
export { Locator } from './location.js';
export { TigangError, isTigangError, type TigangErrorCode } from './errors.js';
export { message, type Locale } from './messages.js';
export * from './schema/index.js';
