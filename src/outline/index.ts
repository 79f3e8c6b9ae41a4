import type { Positioner } from '../positioner.js';
import type { Warning } from '../schema/diagnostics.js';
import type { OutlineRoot, Toc } from '../schema/outline.js';

export interface OutlineOptions {
  /** Headings known from the input's own markup (Markdown headings and list items), in working-text offsets. */
  hints?: readonly { start: number; end: number; kind: 'heading' | 'list-item'; level?: number }[];
}

export interface OutlineResult {
  outline: OutlineRoot;
  toc: Toc | null;
  warnings: Warning[];
  /** Spans of heading markers (一、 (一) 1.) in working-text offsets: not quantities. */
  markerSpans: { start: number; end: number }[];
  /** Spans of the TOC block, in working-text offsets: not body. */
  tocSpans: { start: number; end: number }[];
}

/** Finds the headings of the body of a cleaned text and builds the outline tree. */
export function buildOutline(text: string, positioner: Positioner, _options: OutlineOptions = {}): OutlineResult {
  void text;
  void positioner;
  return { outline: { type: 'root', children: [] }, toc: null, warnings: [], markerSpans: [], tocSpans: [] };
}
