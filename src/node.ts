// Node-only entry 'tigang/node': everything of 'tigang/markdown', file I/O, and word
// segmentation with nodejieba (optional peer, loaded lazily) or Intl.Segmenter.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { TigangError } from './errors.js';
import { checkInput, toOptionsObject } from './options.js';
import { parse } from './markdown-entry.js';
import type { ParseOptions } from './parse.js';
import type { InputFormat, TigangDocument } from './schema/document.js';

// the core and Markdown input; parse, safeParse and pipeline read Markdown without setup
export * from './markdown-entry.js';
export { getSegmenter, nodejiebaLoadError, type GetSegmenterOptions, type Segmenter } from './segment/node.js';

/** Format from a file name: .md/.markdown → markdown, anything else → text. */
export function formatOfPath(path: string): InputFormat {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}

function readError(path: string, error: unknown): TigangError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new TigangError('file-not-found', { path }, { cause: error });
  return new TigangError('file-unreadable', { path, reason: code ?? (error as Error).message }, { cause: error });
}

/** Reads and parses a .txt or .md file (any supported encoding). */
export async function parseFile(path: string, options?: ParseOptions): Promise<TigangDocument> {
  checkInput('parseFile', path, false);
  const opts = toOptionsObject<ParseOptions>(options);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readError(path, error);
  }
  return parse(bytes, { format: formatOfPath(path), path, ...opts });
}

/** Synchronous parseFile. */
export function parseFileSync(path: string, options?: ParseOptions): TigangDocument {
  checkInput('parseFileSync', path, false);
  const opts = toOptionsObject<ParseOptions>(options);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw readError(path, error);
  }
  return parse(bytes, { format: formatOfPath(path), path, ...opts });
}
