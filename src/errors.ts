/** Codes of errors that stop parsing. Message texts live in src/messages.ts. */
export type TigangErrorCode =
  | 'invalid-input'
  | 'undecodable'
  | 'unsupported-format'
  | 'file-not-found'
  | 'file-unreadable'
  | 'invalid-option'
  | 'empty-input'
  | 'file-too-large'
  | 'zip-bomb'
  | 'docx-invalid';

/** The one error class tigang throws; `code` is stable, `message` is for humans. */
export class TigangError extends Error {
  override readonly name = 'TigangError';
  readonly code: TigangErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: TigangErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

export function isTigangError(value: unknown): value is TigangError {
  return value instanceof Error && (value as { name?: string }).name === 'TigangError' && 'code' in value;
}
