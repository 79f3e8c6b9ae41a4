// Node-only entry 'tigang/node': everything of 'tigang/markdown', HTML pages (rehype-parse),
// .docx (mammoth, with Word's list numbering), file I/O, and word segmentation with nodejieba
// (optional peer, loaded lazily) or Intl.Segmenter.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { TigangError } from './errors.js';
import { docxToText } from './formats/docx.js';
import { projectHtml } from './html/index.js';
import { isTigangError } from './errors.js';
import { checkInput, toOptionsObject } from './options.js';
import { parse as parseMarkdown, safeParse as safeParseMarkdown, pipeline as pipelineMarkdown } from './markdown-entry.js';
import type { ParseOptions, SafeParseResult } from './parse.js';
import type { PipelineOptions, TigangFile } from './pipeline.js';
import type { InputFormat, TigangDocument } from './schema/document.js';

// the core and Markdown input; parse, safeParse and pipeline below also read HTML
export * from './markdown-entry.js';
export { projectHtml, type HtmlProjection } from './html/index.js';
export { docxToText, formatNumber, type DocxText } from './formats/docx.js';
export { openZip, DEFAULT_ZIP_LIMITS, type ZipArchive, type ZipLimits } from './formats/zip.js';
export { getSegmenter, nodejiebaLoadError, type GetSegmenterOptions, type Segmenter } from './segment/node.js';

function withHtml<O extends ParseOptions>(options: O | undefined): O {
  const o = toOptionsObject<O>(options) as O;
  return o.html ? o : { ...o, html: projectHtml };
}

/** `parse` of 'tigang/markdown', with HTML pages (`format: 'html'`) built in. */
export function parse(input: string | Uint8Array | ArrayBuffer, options?: ParseOptions): TigangDocument {
  return parseMarkdown(input, withHtml(options));
}

/** `safeParse` with Markdown and HTML built in. */
export function safeParse(input: string | Uint8Array | ArrayBuffer, options?: ParseOptions): SafeParseResult {
  let withProjector: ParseOptions;
  try {
    withProjector = withHtml(options);
  } catch (error) {
    if (isTigangError(error)) return { success: false, error };
    throw error;
  }
  return safeParseMarkdown(input, withProjector);
}

/** `pipeline` with Markdown and HTML built in. */
export function pipeline(input: string | Uint8Array | ArrayBuffer, options?: PipelineOptions): TigangFile {
  return pipelineMarkdown(input, withHtml(options));
}

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
  if (code === 'ENOENT') return new TigangError('file-not-found', { path }, { cause: error });
  return new TigangError('file-unreadable', { path, reason: code ?? (error as Error).message }, { cause: error });
}

/**
 * Parses the bytes of a file in any format, .docx included (which is why it is async):
 * a .docx is read to text (paragraphs, Word's list numbers) and parsed as text, with
 * `source.format` "docx". Throws TigangError like parse, and 'zip-bomb' / 'docx-invalid'.
 */
export async function parseBytes(bytes: Uint8Array, options?: ParseOptions): Promise<TigangDocument> {
  const opts = toOptionsObject<ParseOptions>(options);
  if (opts.format !== 'docx') return parse(bytes, opts);
  const { text } = await docxToText(bytes);
  const doc = parse(text, { ...opts, format: 'text' });
  doc.source.format = 'docx';
  doc.source.encoding = 'utf-8';
  return doc;
}

/** Reads and parses a .txt, .md, .html or .docx file (any supported encoding). */
export async function parseFile(path: string, options?: ParseOptions): Promise<TigangDocument> {
  checkInput('parseFile', path, false);
  const opts = toOptionsObject<ParseOptions>(options);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readError(path, error);
  }
  return parseBytes(bytes, { format: formatOfPath(path), path, ...opts });
}

/** Synchronous parseFile, for .txt, .md and .html (a .docx needs parseFile). */
export function parseFileSync(path: string, options?: ParseOptions): TigangDocument {
  checkInput('parseFileSync', path, false);
  const opts = toOptionsObject<ParseOptions>(options);
  const format = opts.format ?? formatOfPath(path);
  if (format === 'docx') throw new TigangError('unsupported-format', { format, supported: ['text', 'markdown', 'html'] });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw readError(path, error);
  }
  return parse(bytes, { format, path, ...opts });
}
