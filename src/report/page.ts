// The report's HTML shell: one self-contained file (CSS and JS inline, data embedded as JSON
// blocks parsed on demand), locked down by a Content-Security-Policy that allows only the
// inline script and style whose hashes it names. Browser-safe; the caller gives the hash.
import type { Mark } from './marks.js';
import type { ReportDocument, ReportIndexEntry } from './model.js';
import { REPORT_CSS } from './styles.js';

export interface ReportIndex {
  tigangReport: 1;
  generated: string;
  version: string;
  documents: ReportIndexEntry[];
  /** Marks given with --marks: the report starts from them where the browser has none of its own. */
  marks: Mark[];
  notes: string[];
}

/** JSON safe inside a <script> element: no "</script>" or "<!--" (every "<" escaped) and no raw
 * U+2028/U+2029 (line terminators in older JS). JSON.parse reads it back unchanged. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PageInput {
  index: ReportIndex;
  /** The documents, in the order of index.documents (null for an entry with an error). */
  documents: readonly (ReportDocument | null)[];
  clientScript: string;
  /** base64 sha256 of a string (for the CSP hashes). */
  sha256Base64: (text: string) => string;
  title?: string;
}

/** Yields the page in pieces (a batch report can be hundreds of MB: the caller streams it to disk). */
export function* reportPageChunks(input: PageInput): Generator<string> {
  const script = input.clientScript.replace(/<\/script/gi, '<\\/script');
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${input.sha256Base64(script)}'`,
    `style-src 'sha256-${input.sha256Base64(REPORT_CSS)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = input.title ?? `tigang report — ${input.index.documents.length} document${input.index.documents.length === 1 ? '' : 's'}`;
  yield `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tigang ${escapeHtml(input.index.version)}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<div id="app" class="app"><noscript>This report needs JavaScript.</noscript></div>
<script type="application/json" id="tigang-index">${scriptSafeJson(input.index)}</script>
`;
  let i = 0;
  for (const doc of input.documents) {
    if (doc !== null) yield `<script type="application/json" id="tigang-doc-${i}">${scriptSafeJson(doc)}</script>\n`;
    i++;
  }
  yield `<script>${script}</script>\n</body>\n</html>\n`;
}
