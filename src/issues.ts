// Warnings and errors as data: a literal `code` and its typed `params` (as zod v4's issues).
// Texts for humans live apart, in src/messages.ts, and are made only at the edges (the
// CLI, the playground). Imports no zod: the core and its bundle stay zod-free.
import type { Position } from './schema/position.js';

/** Parameters of each warning code: what a message (or a program) needs to know. */
export interface WarningParams {
  /** The site cut the text (……省略715字……); `missing`: characters it says are missing, if stated. */
  truncated: { missing: number | null };
  /** Heading numbers skip (一、 then 三、). */
  'ordinal-gap': { previous: number; current: number; marker: string };
  /** A heading whose parent is known only from the table of contents. */
  'orphan-heading': { marker: string };
  /** A heading listed in the table of contents and not found in the body. */
  'toc-only-heading': { marker: string };
  /** The decoded text holds U+FFFD: `count` characters could not be decoded (or were lone surrogates). */
  'replacement-character': { count: number };
  /** A relative deadline (年底前) and no document date nor referenceDate to resolve it. */
  'unresolved-deadline': { raw: string };
  /** The Markdown parser failed; the input was read as plain text. `reason`: the parser's error. */
  'markdown-fallback': { reason: string };
  /** Nothing but whitespace is left after cleaning; `length`: the original text's length. */
  'empty-document': { length: number };
}

/** Parameters of each error code. Values a caller gave are described as short strings (`value`). */
export interface ErrorParams {
  /** The input of `function` is not of a type it `accepts`. `received`: its type (null, undefined, number, Object…). */
  'invalid-input': { function: string; accepts: string[]; received: string };
  /** The bytes decode in no supported encoding (`encoding`: the one a BOM asked for, else null). */
  undecodable: { encoding: string | null; length: number };
  /** A `format` that is not supported, or Markdown without the Markdown projector loaded. */
  'unsupported-format': { format: string; supported: string[] };
  'file-not-found': { path: string };
  /** `reason`: the system's error code (EACCES, EISDIR…) or message. */
  'file-unreadable': { path: string; reason: string };
  /** An option with a wrong value: `option` names it, `value` shows what was given, `expected` what fits. */
  'invalid-option': { option: string; value: string; expected: string };
  /** The JavaScript runtime lacks a `feature` tigang needs (Intl.Segmenter in small-icu builds). */
  'unsupported-runtime': { feature: string };
  /** A file of zero bytes (batch). */
  'empty-input': { path: string };
  /** A file larger than the `limit` in bytes (`--max-bytes`). */
  'file-too-large': { path: string; size: number; limit: number };
  /** A .docx refused unread: its `what` (entries, unpacked bytes, ratio) has `value`, over `limit`. */
  'zip-bomb': { what: string; value: number; limit: number };
  /** Not a readable .docx (not a ZIP, or no word/document.xml): `reason`. */
  'docx-invalid': { reason: string };
}

export type WarningCode = keyof WarningParams;
export type TigangErrorCode = keyof ErrorParams;

/** Every warning code, in a stable order (the zod schema and the message tables follow it). */
export const WARNING_CODES = [
  'truncated',
  'ordinal-gap',
  'orphan-heading',
  'toc-only-heading',
  'replacement-character',
  'unresolved-deadline',
  'markdown-fallback',
  'empty-document',
] as const satisfies readonly WarningCode[];

export const ERROR_CODES = [
  'invalid-input',
  'undecodable',
  'unsupported-format',
  'file-not-found',
  'file-unreadable',
  'invalid-option',
  'unsupported-runtime',
  'empty-input',
  'file-too-large',
  'zip-bomb',
  'docx-invalid',
] as const satisfies readonly TigangErrorCode[];

/** The stage that raised a warning. */
export type Stage = 'decode' | 'markdown' | 'clean' | 'metadata' | 'outline' | 'extract';
export const STAGES = ['decode', 'markdown', 'clean', 'metadata', 'outline', 'extract'] as const satisfies readonly Stage[];

/** A problem that does not stop parsing: `{ code, params, position?, stage }`, params typed per code. */
export type Warning = {
  [C in WarningCode]: { code: C; params: WarningParams[C]; position?: Position; stage: Stage };
}[WarningCode];

/** Builds a warning with its params checked against its code. */
export function warning<C extends WarningCode>(code: C, params: WarningParams[C], stage: Stage, position?: Position): Warning {
  const w = { code, params, stage } as Warning;
  if (position) w.position = position;
  return w;
}

/** Any issue a message can be made for: a warning, an error, or its plain data. */
export type Issue =
  | { [C in WarningCode]: { code: C; params: WarningParams[C] } }[WarningCode]
  | { [C in TigangErrorCode]: { code: C; params: ErrorParams[C] } }[TigangErrorCode];

/** A short, printable description of a value a caller passed (for `invalid-option` and `invalid-input`). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  if (Array.isArray(value)) return `array(${value.length})`;
  if (typeof value === 'function') return 'function';
  return typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
}

/** The type of a value as a message names it: null, undefined, array, Date, number… */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  return typeof value;
}
