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
  /** Default interface language (`--locale`); the reader can switch. */
  locale?: 'en' | 'zh';
  documents: ReportIndexEntry[];
  /** Marks given with --marks: the report starts from them where the browser has none of its own. */
  marks: Mark[];
  notes: string[];
}

/** JSON safe inside a <script> element: no "</script>" or "<!--" (every "<" escaped) and no raw
 * U+2028/U+2029 (line terminators in older JS). JSON.parse reads it back unchanged. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => (c === '<' ? '\\u003c' : c === '\u2028' ? '\\u2028' : '\\u2029'));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PageParts {
  clientScript: string;
  /** base64 sha256 of a string (for the CSP hashes). */
  sha256Base64: (text: string) => string;
  version: string;
}

/** The page is written in three parts so that a batch of any size streams to disk, one document at a
 * time: the head, one JSON block per document, then the index (the list) and the script. */
export function reportPageHead(parts: PageParts): string {
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${parts.sha256Base64(safeScript(parts.clientScript))}'`,
    `style-src 'sha256-${parts.sha256Base64(REPORT_CSS)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tigang ${escapeHtml(parts.version)}">
<title>tigang report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<div id="app" class="app"><noscript>This report needs JavaScript.</noscript></div>
`;
}

/** The JSON block of document `i` (parsed by the page only when the document is opened). */
export function reportDocumentChunk(i: number, doc: ReportDocument): string {
  return `<script type="application/json" id="tigang-doc-${i}">${scriptSafeJson(doc)}</script>\n`;
}

export function reportPageTail(index: ReportIndex, parts: PageParts): string {
  return `<script type="application/json" id="tigang-index">${scriptSafeJson(index)}</script>\n<script>${safeScript(parts.clientScript)}</script>\n</body>\n</html>\n`;
}

/** A script cannot contain "</script" inside an inline <script> element. */
const safeScript = (script: string) => script.replace(/<\/script/gi, '<\\/script');
