import { isTigangError, TigangError } from './errors.js';
import { pipeline, toDocument, type ParseOptions } from './pipeline.js';
import type { TigangDocument } from './schema/document.js';

export type { ParseOptions, MarkdownProjector } from './pipeline.js';

/**
 * Parses a Chinese policy text: decode → clean (with an offset map) → metadata →
 * outline → quantities, deadlines, claims. Synchronous and pure. Throws only
 * TigangError: 'invalid-input' (not a string or bytes), 'invalid-option' (a bad option
 * value), 'unsupported-format', 'undecodable' (bytes in no supported encoding).
 */
export function parse(input: string | Uint8Array | ArrayBuffer, options?: ParseOptions): TigangDocument {
  return toDocument(pipeline(input, options));
}

export type SafeParseResult = { success: true; data: TigangDocument } | { success: false; error: TigangError };

/**
 * `parse` that returns its failure instead of throwing (as zod's safeParse):
 * `{ success: true, data }` or `{ success: false, error }` with a TigangError. An error
 * that is not a TigangError (a bug) is still thrown.
 */
export function safeParse(input: string | Uint8Array | ArrayBuffer, options?: ParseOptions): SafeParseResult {
  try {
    return { success: true, data: parse(input, options) };
  } catch (error) {
    if (error instanceof TigangError || isTigangError(error)) return { success: false, error };
    throw error;
  }
}
