// The JSONL record of one input, and errors as data. Every error goes through errorRecord,
// so that the shape of errors ({ code, message, params }) is decided in one place.
import { createHash } from 'node:crypto';
import { isTigangError, type TigangDocument } from 'tigang/node';

export interface ErrorRecord {
  code: string;
  message: string;
  params: Record<string, unknown>;
}

/** One line of the batch output: the input, and its document or its error. */
export interface BatchRecord {
  /** Stable id of this input (path and content): joins the rows of the tables. */
  id: string;
  path: string;
  sha256: string | null;
  size: number | null;
  format: string;
  encoding: string | null;
  document?: TigangDocument;
  error?: ErrorRecord;
}

/** An error as data: a TigangError's code, message and params; anything else is 'internal-error'. */
export function errorRecord(error: unknown): ErrorRecord {
  if (isTigangError(error)) {
    const e = error as unknown as { code: string; message: string; params?: Record<string, unknown>; details?: Record<string, unknown> };
    return { code: e.code, message: e.message, params: { ...(e.params ?? e.details ?? {}) } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal-error', message, params: {} };
}

/** A line for the terminal: the file once, then the message (which may name it already), then the code. */
export function errorLine(file: string, error: ErrorRecord): string {
  const message = error.message.includes(file) ? error.message : `${file}: ${error.message}`;
  return `tigang: ${message} [${error.code}]`;
}

/** 16 hex digits of sha256(path, content hash): the same file at the same path keeps its id across runs. */
export function inputId(path: string, sha256: string | null): string {
  return createHash('sha256').update(`${path}\n${sha256 ?? ''}`).digest('hex').slice(0, 16);
}
