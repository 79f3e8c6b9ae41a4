// The highlights of a document: one span per extraction (quantity, deadline, commitment,
// achievement) at its exact offsets in the original text, in text order.
// NOTE: the docs site's playground shares a renderer with the report (src/render/html.ts on the
// `docs` branch, `highlightSpans(doc)`); until it lands this module gives the same data, and the
// report switches to it on merge (see notes/report.md).
import type { TigangDocument } from '../schema/document.js';
import type { Claim, Quantity, TimeExpression } from '../schema/extraction.js';

export type HighlightKind = 'quantity' | 'deadline' | 'commitment' | 'achievement';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['quantity', 'deadline', 'commitment', 'achievement'];

export interface HighlightSpan {
  kind: HighlightKind;
  start: number;
  end: number;
  item: Quantity | TimeExpression | Claim;
}

/** Every extraction of `doc` as a span; sorted by start, longer spans first at the same start. */
export function highlightSpans(doc: TigangDocument): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  const add = (kind: HighlightKind, items: readonly (Quantity | TimeExpression | Claim)[]) => {
    for (const item of items) spans.push({ kind, start: item.position.start.offset, end: item.position.end.offset, item });
  };
  add('commitment', doc.commitments);
  add('achievement', doc.achievements);
  add('quantity', doc.quantities);
  add('deadline', doc.deadlines);
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
