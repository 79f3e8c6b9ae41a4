#!/usr/bin/env node
// Writes docs/errors.md: every warning and error code, its params, and its message in
// English and Chinese, rendered by the built library (`npm run build` first) from the
// example params below. Run after adding a code: node scripts/write-errors-doc.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { ERROR_CODES, WARNING_CODES, message } = await import(pathToFileURL(join(root, 'dist/index.js')).href);

/** code → [params type as documented, example params, when it is raised] */
const WARNINGS = {
  truncated: ['{ missing: number | null }', { missing: 715 }, 'clean: the site cut the text (……省略715字……, 未完,全文共3811字); one per cut, positioned at the notice. `missing` is what the notice states, null when it states nothing.'],
  'ordinal-gap': ['{ previous: number; current: number; marker: string }', { previous: 1, current: 3, marker: '三、' }, 'outline: heading numbers skip (一、 then 三、); positioned at the heading after the gap.'],
  'orphan-heading': ['{ marker: string }', { marker: '（二）' }, 'outline: a body heading whose parent is known only from the table of contents.'],
  'toc-only-heading': ['{ marker: string }', { marker: '第三章' }, 'outline: a heading listed in the table of contents and not found in the body (kept with `origin: "toc"`).'],
  'replacement-character': ['{ count: number }', { count: 2 }, 'decode: the text holds U+FFFD: bytes that did not decode, or lone surrogates in a string (each replaced by U+FFFD, one code unit for one, so offsets stay the input\'s).'],
  'unresolved-deadline': ['{ raw: string }', { raw: '年底前' }, 'extract: a relative deadline and neither a `referenceDate` nor a document date.'],
  'markdown-fallback': ['{ reason: string }', { reason: 'Maximum call stack size exceeded' }, 'markdown: the Markdown parser failed; the input was read as plain text.'],
  'empty-document': ['{ length: number }', { length: 12 }, 'clean: nothing but whitespace is left after cleaning (an empty input, or one that is all site chrome). `length`: the original text\'s length.'],
};
const ERRORS = {
  'invalid-input': ['{ function: string; accepts: string[]; received: string }', { function: 'parse', accepts: ['string', 'Uint8Array', 'ArrayBuffer'], received: 'null' }, '`parse`, `safeParse`, `pipeline`, `decode` or `clean` got an input of the wrong type (`parse(null)`, `clean(bytes)`).'],
  undecodable: ['{ encoding: string | null; length: number }', { encoding: null, length: 4096 }, 'bytes that decode in no supported encoding (`encoding`: the one a BOM named, else null; `length`: bytes).'],
  'unsupported-format': ['{ format: string; supported: string[] }', { format: 'pdf', supported: ['text', 'markdown'] }, 'an unknown `format`; or `format: "markdown"` in `parse` from \'tigang\' without the projector (then `supported` is `["text"]` and the message says where Markdown input lives).'],
  'file-not-found': ['{ path: string }', { path: 'report.txt' }, '`parseFile`/`parseFileSync` (tigang/node) and the CLI.'],
  'file-unreadable': ['{ path: string; reason: string }', { path: 'report.txt', reason: 'EACCES' }, 'the file exists and cannot be read; `reason` is the system error code (EACCES, EISDIR…) or message.'],
  'invalid-option': ['{ option: string; value: string; expected: string }', { option: 'referenceDate', value: '"2024-02-30"', expected: 'an ISO date string (YYYY-MM-DD) or a valid Date' }, 'a bad option value: `options` itself (`parse(text, null)`), `referenceDate` (\'yesterday\', \'2024-02-30\', 20240315, an invalid Date), `path` (not a string), `until`, `markdown`, `prefer` (getSegmenter). `value` shows what was given (strings quoted). In the CLI a bad `--reference-date` is a usage error (exit 2).'],
  'unsupported-runtime': ['{ feature: string }', { feature: 'Intl.Segmenter' }, 'the runtime lacks a feature: `Intl.Segmenter` (Node built with small-icu) for `createIntlSegmenter`; `nodejieba` for `getSegmenter({ fallback: false })` when the optional peer is missing.'],
  'empty-input': ['{ path: string }', { path: 'empty.txt' }, 'a file of zero bytes (`tigang batch` records it and goes on).'],
  'file-too-large': ['{ path: string; size: number; limit: number }', { path: 'big.txt', size: 60000000, limit: 50000000 }, 'a file larger than `--max-bytes` (default 50 MB), refused before it is read.'],
  'zip-bomb': ['{ what: string; value: number; limit: number }', { what: 'unpacked size', value: 2000000000, limit: 200000000 }, 'a .docx whose entry count, unpacked size or compression ratio is out of proportion, refused from its ZIP directory before anything is inflated.'],
  'docx-invalid': ['{ reason: string }', { reason: 'no word/document.xml' }, 'not a readable .docx (not a ZIP archive, or no word/document.xml).'],
};

const missing = [...WARNING_CODES.filter((c) => !WARNINGS[c]), ...ERROR_CODES.filter((c) => !ERRORS[c])];
if (missing.length) {
  console.error(`write-errors-doc: no example for ${missing.join(', ')}: add them to scripts/write-errors-doc.mjs`);
  process.exit(1);
}
const section = (codes, table) =>
  codes
    .map((code) => {
      const [type, params, when] = table[code];
      const issue = { code, params };
      return `### \`${code}\`\n\n${when}\n\n- params: \`${type}\`\n- example: \`${JSON.stringify(params)}\`\n- en: ${message(issue, 'en')}\n- zh: ${message(issue, 'zh')}\n`;
    })
    .join('\n');

const doc = `# Warnings and errors

Generated by \`scripts/write-errors-doc.mjs\` from the built library; do not edit by hand.

Problems are data, as in zod v4: a literal \`code\` and typed \`params\` (\`WarningParams\` and
\`ErrorParams\` in \`src/issues.ts\`). The human text is made only at the edges, by
\`message(issue, locale)\` with \`locale\` \`'en'\` (default) or \`'zh'\`; the CLI prints it in
Chinese when \`TIGANG_LANG\`, \`LC_ALL\`, \`LC_MESSAGES\` or \`LANG\` starts with \`zh\`.

- A **warning** does not stop parsing. It is in the output's \`warnings\`, in the order the
  stages raised it: \`{ code, params, position?, stage }\`, \`position\` in the original
  text, \`stage\` one of decode, markdown, clean, metadata, outline, extract.
- An **error** stops it: \`TigangError\`, with \`code\`, \`params\` and an English \`message\`.
  \`safeParse\` returns \`{ success: false, error }\` instead of throwing. To pass one
  between threads, send \`error.toJSON()\` (plain data; a structured clone of the Error
  itself keeps only its message) and rebuild it with \`TigangError.fromData(data)\`.

\`\`\`ts
import { message, safeParse } from 'tigang';

const result = safeParse(text, { referenceDate: new Date() });
if (!result.success) console.error(message(result.error, 'zh'));
else for (const w of result.data.warnings) console.warn(w.code, message(w, 'zh'), w.position?.start.line);
\`\`\`

## Warnings

${section(WARNING_CODES, WARNINGS)}
## Errors

${section(ERROR_CODES, ERRORS)}`;
writeFileSync(join(root, 'docs/errors.md'), doc);
console.log(`wrote docs/errors.md (${WARNING_CODES.length} warnings, ${ERROR_CODES.length} errors)`);
