// Node-only entry: file I/O (and, later, segmentation with nodejieba and workers).
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { TigangError } from './errors.js';
import { docxToText } from './formats/docx.js';
import { parse, type ParseOptions } from './parse.js';
import type { InputFormat, TigangDocument } from './schema/document.js';

export * from './index.js';
export { docxToText, formatNumber, type DocxText } from './formats/docx.js';
export { openZip, DEFAULT_ZIP_LIMITS, type ZipArchive, type ZipLimits } from './formats/zip.js';
export { getSegmenter, nodejiebaLoadError, type GetSegmenterOptions, type Segmenter } from './segment/node.js';

/** Format from a file name: .md/.markdown → markdown, .html/.htm → html, .docx → docx, anything else → text. */
export function formatOfPath(path: string): InputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.docx') return 'docx';
  return 'text';
}

function readError(path: string, error: unknown): TigangError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new TigangError('file-not-found', `No such file: ${path}`, { path }, { cause: error });
  return new TigangError('file-unreadable', `Cannot read ${path}: ${(error as Error).message}`, { path, reason: code }, { cause: error });
}

/**
 * Parses the bytes of a file in any format, .docx included (which is why it is async):
 * a .docx is read to text (paragraphs, Word's list numbers) and parsed as text, with
 * `source.format` "docx". Throws TigangError like parse, and 'zip-bomb' / 'docx-invalid'.
 */
export async function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Promise<TigangDocument> {
  if (options.format !== 'docx') return parse(bytes, options);
  const { text } = await docxToText(bytes);
  const doc = parse(text, { ...options, format: 'text' });
  doc.source.format = 'docx';
  doc.source.encoding = 'utf-8';
  return doc;
}

/** Reads and parses a .txt, .md, .html or .docx file (any supported encoding). */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<TigangDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readError(path, error);
  }
  return parseBytes(bytes, { format: formatOfPath(path), path, ...options });
}

/** Synchronous parseFile, for .txt, .md and .html (a .docx needs parseFile). */
export function parseFileSync(path: string, options: ParseOptions = {}): TigangDocument {
  const format = options.format ?? formatOfPath(path);
  if (format === 'docx') {
    throw new TigangError('unsupported-format', 'A .docx is read asynchronously: use parseFile.', { format });
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw readError(path, error);
  }
  return parse(bytes, { format, path, ...options });
}
