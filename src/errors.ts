import { ERROR_CODES, type ErrorParams, type TigangErrorCode } from './issues.js';
import { enErrors } from './messages-en.js';

export type { TigangErrorCode, ErrorParams } from './issues.js';

/** A TigangError as plain data: what `toJSON()` gives and `TigangError.fromData` takes back. */
export type TigangErrorData = {
  [C in TigangErrorCode]: { name: 'TigangError'; code: C; params: ErrorParams[C]; message: string };
}[TigangErrorCode];

/**
 * The one error class tigang throws. `code` and `params` are the contract (see
 * docs/errors.md); `message` is the English text of them, for logs.
 *
 * Structured clone (postMessage from a worker) keeps only an Error's message and stack,
 * so send `error.toJSON()` — plain data — and rebuild with `TigangError.fromData(data)`.
 */
export class TigangError<C extends TigangErrorCode = TigangErrorCode> extends Error {
  override readonly name = 'TigangError';
  readonly code: C;
  readonly params: ErrorParams[C];

  constructor(code: C, params: ErrorParams[C], options?: { cause?: unknown });
  /** @deprecated the message is made from code and params: use `new TigangError(code, params)`. */
  constructor(code: C, legacyMessage: string, params: ErrorParams[C], options?: { cause?: unknown });
  constructor(code: C, ...rest: unknown[]) {
    const legacy = typeof rest[0] === 'string';
    const params = (legacy ? rest[1] : rest[0]) as ErrorParams[C];
    const options = (legacy ? rest[2] : rest[1]) as { cause?: unknown } | undefined;
    // English errors' texts only: the Chinese texts (and the warnings') stay out of a bundle that never shows them (message(error, 'zh') has them)
    super((enErrors[code] as (p: ErrorParams[C]) => string)(params ?? ({} as ErrorParams[C])), options);
    this.code = code;
    this.params = params;
  }

  /**
   * `instanceof TigangError` holds for a TigangError of any copy of the library: each entry
   * ('tigang', 'tigang/markdown', 'tigang/node', ESM and CJS) is a self-contained file with
   * its own class, and an error thrown by one must still be recognised by another.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isTigangError(value);
  }

  /** Plain, structured-cloneable data: `{ name, code, params, message }`. */
  toJSON(): TigangErrorData {
    return { name: 'TigangError', code: this.code, params: structuredCloneable(this.params), message: this.message } as TigangErrorData;
  }

  /** Rebuilds an error from `toJSON()` data (after postMessage, JSON or structuredClone). */
  static fromData(data: { code: TigangErrorCode; params: unknown }): TigangError {
    if (!isErrorData(data)) throw new TypeError('TigangError.fromData: not TigangError data (expected { code, params } with a known code)');
    return new TigangError(data.code, data.params as never);
  }
}

function isErrorData(data: unknown): data is { code: TigangErrorCode; params: object } {
  if (data === null || typeof data !== 'object') return false;
  const d = data as { code?: unknown; params?: unknown };
  return typeof d.code === 'string' && (ERROR_CODES as readonly string[]).includes(d.code) && d.params !== null && typeof d.params === 'object';
}

/** Params are plain by construction; copying them keeps the data from sharing arrays with the error. */
function structuredCloneable<T>(params: T): T {
  return JSON.parse(JSON.stringify(params)) as T;
}

/** True for a TigangError, also one from another copy of the library (dual ESM/CJS loading). */
export function isTigangError(value: unknown): value is TigangError {
  return value instanceof Error && (value as { name?: string }).name === 'TigangError' && 'code' in value;
}
