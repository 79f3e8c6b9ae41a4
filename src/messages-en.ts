// The English texts of every code: apart from the Chinese ones (src/messages.ts) because a
// TigangError's `message` is English and is made in the core, where a browser bundle of
// `parse` should not carry the Chinese table too. The errors' texts and the warnings' are
// two tables for the same reason: the core makes error messages only (a warning is data,
// its text is made at the edges), so the warnings' English stays out of that bundle too.
import type { ErrorParams, TigangErrorCode, WarningCode, WarningParams } from './issues.js';

export type AllParams = WarningParams & ErrorParams;
export type Texts = { [C in WarningCode | TigangErrorCode]: (p: AllParams[C]) => string };
type TextsOf<Code extends WarningCode | TigangErrorCode> = Pick<Texts, Code>;

export const list = (items: readonly string[]) => items.map((s) => `"${s}"`).join(', ');

/** The English text of each error code (what `TigangError` puts in its `message`). */
export const enErrors: TextsOf<TigangErrorCode> = {
  'invalid-input': (p) => `${p.function}() expects ${p.accepts.join(' or ')}; got ${p.received}.`,
  undecodable: (p) => `The bytes (${p.length}) are not valid ${p.encoding ?? 'UTF-8, UTF-16, GB18030 or Big5'} text.`,
  'unsupported-format': (p) =>
    p.format === 'markdown' && p.supported.length > 0 && !p.supported.includes('markdown')
      ? `Markdown input needs the Markdown projector: import { parse } from 'tigang/markdown' (or 'tigang/node'), or pass { markdown: projectMarkdown }.`
      : `Unsupported input format ${JSON.stringify(p.format)}: use ${list(p.supported)}.`,
  'file-not-found': (p) => `No such file: ${p.path}`,
  'file-unreadable': (p) => `Cannot read ${p.path}: ${p.reason}`,
  'invalid-option': (p) => `Invalid option ${p.option}: got ${p.value}; expected ${p.expected}.`,
  'unsupported-runtime': (p) => `This JavaScript runtime has no ${p.feature}.`,
  'empty-input': (p) => `${p.path} is empty.`,
  'file-too-large': (p) => `${p.path} has ${p.size} bytes, more than the limit of ${p.limit} (--max-bytes).`,
  'zip-bomb': (p) => `The .docx was refused: its ${p.what} (${p.value}) is out of proportion (limit ${p.limit}).`,
  'docx-invalid': (p) => `Not a readable .docx: ${p.reason}.`,
};

/** The English text of each warning code. */
export const enWarnings: TextsOf<WarningCode> = {
  truncated: (p) => (p.missing === null ? 'The text was cut by the site.' : `The text was cut by the site; ${p.missing} characters are missing.`),
  'ordinal-gap': (p) => `Heading numbers skip from ${p.previous} to ${p.current} (${p.marker}).`,
  'orphan-heading': (p) => `Heading ${p.marker} has no parent in the text; it was placed under the nearest section.`,
  'toc-only-heading': (p) => `Heading ${p.marker} appears only in the table of contents.`,
  'replacement-character': (p) => `${p.count} characters could not be decoded and were replaced by U+FFFD.`,
  'unresolved-deadline': (p) => `"${p.raw}" is relative and the document has no date; pass referenceDate to resolve it.`,
  'markdown-fallback': (p) => `Markdown parsing failed (${p.reason}); the input was read as plain text.`,
  'empty-document': (p) => `The document has no text after cleaning (${p.length} characters in, all removed or blank).`,
};
