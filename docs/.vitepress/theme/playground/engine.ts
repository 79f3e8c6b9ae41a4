// What the playground asks of the core, answered as plain data. Runs in the Web Worker
// (worker.ts) so that typing in a 20,000-character speech stays smooth. It runs the real
// core from src/ (alias `tigang`) and returns an HTML string built by the shared renderer,
// in which every character of the text is escaped.
import { compare, formatTime, highlightSpans, parse, renderDocumentHtml, type Locale, type TigangDocument } from 'tigang';
import { compareView, type CompareView } from './compare-view';
import { commitmentRows, warningText, type CommitmentRow } from './view';

export type Request =
  | { id: number; type: 'parse'; text: string; locale: Locale }
  | { id: number; type: 'titles'; texts: string[] }
  | { id: number; type: 'compare'; a: string; b: string; locale: Locale };

export interface ParseResponse {
  id: number;
  type: 'parse';
  doc: TigangDocument;
  html: string;
  spans: { id: string; kind: string; label: string; rule: string; start: number; end: number }[];
  rows: CommitmentRow[];
  warnings: { code: string; text: string; line: number | null; column: number | null }[];
  ms: number;
}

export type Response =
  | ParseResponse
  | { id: number; type: 'titles'; titles: (string | null)[] }
  | { id: number; type: 'compare'; available: false }
  | { id: number; type: 'compare'; available: true; view: CompareView; ms: number }
  | { id: number; type: 'error'; code: string; message: string };

export function handle(req: Request): Response {
  if (req.type === 'titles') return { id: req.id, type: 'titles', titles: req.texts.map((t) => parse(t).title) };
  if (req.type === 'parse') {
    const started = performance.now();
    const doc = parse(req.text);
    const html = renderDocumentHtml(doc, req.text, { locale: req.locale });
    const spans = highlightSpans(doc, { locale: req.locale }).map(({ id, kind, label, rule, start, end }) => ({ id, kind, label, rule, start, end }));
    const warnings = doc.warnings.map((w) => ({ code: w.code, text: warningText(w, req.locale, req.text), line: w.position?.start.line ?? null, column: w.position?.start.column ?? null }));
    return { id: req.id, type: 'parse', doc, html, spans, rows: commitmentRows(doc, (t) => formatTime(t, req.locale)), warnings, ms: performance.now() - started };
  }
  // (`available: false` is the tab's "coming" state, for a build of the core without compare())
  if (typeof compare !== 'function') return { id: req.id, type: 'compare', available: false };
  const started = performance.now();
  const result = compare(req.a, req.b);
  return { id: req.id, type: 'compare', available: true, view: compareView(result, req.a, req.b), ms: performance.now() - started };
}

