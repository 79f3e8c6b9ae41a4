import type { Draft } from './draft.js';
import type { OutlineSection, OutlineTree } from './nodes.js';
import type { Placement } from './tree.js';
import { COLONS, COMMAS, LATIN_STOPS, SEMICOLONS, SENTENCE_ENDS, WHITESPACE, ZERO_WIDTH_SPACES, charCodeTable } from '../zh/chars.js';

// The outline tree: section nodes with ids from their path, heading and section spans (working offsets).

/**
 * The tree of the placed drafts. `idOf[i]` and `nodeOf[i]` are the section id and node of
 * draft i (undefined for a draft that was not placed). Per-draft data lives in arrays
 * indexed by draft, not in Maps: this runs for every heading of every document.
 */
export function buildTree(
  text: string,
  merged: readonly Draft[],
  placements: readonly (Placement | null)[],
): { outline: OutlineTree; idOf: (string | undefined)[]; nodeOf: (OutlineSection | undefined)[] } {
  const count = merged.length;
  const nodeOf: (OutlineSection | undefined)[] = new Array(count).fill(undefined);
  const roots: OutlineSection[] = [];
  for (let i = 0; i < count; i++) {
    const p = placements[i];
    if (!p) continue;
    const d = merged[i]!;
    const c = d.cand;
    const marker = c.marker.trim();
    const title = text.slice(d.titleStart, d.titleEnd);
    const origin = d.body ? 'body' : 'toc';
    const layout = d.body ? layoutOf(text, d) : 'toc';
    // two literals rather than a spread of an optional key (the output's key order is this one)
    const node: OutlineSection = d.uncertain
      ? { type: 'section', id: '', marker, family: c.family, ordinal: p.ordinal, depth: p.depth, title, titleUncertain: true, origin, layout, children: [] }
      : { type: 'section', id: '', marker, family: c.family, ordinal: p.ordinal, depth: p.depth, title, origin, layout, children: [] };
    // the span is set below, once the tree is known
    if (d.body) node.headingSpan = { start: c.start, end: Math.max(c.markerEnd, d.titleEnd) };
    nodeOf[i] = node;
    if (p.parent < 0) roots.push(node);
    else nodeOf[p.parent]!.children.push(node);
  }

  // ids from the section path, and the pre-order list for the section spans
  const order: number[] = []; // draft indices in pre-order
  const subtreeEnd: number[] = [];
  const childrenOf: (number[] | undefined)[] = new Array(count).fill(undefined);
  const rootIndices: number[] = [];
  for (let i = 0; i < count; i++) {
    const p = placements[i];
    if (!p) continue;
    if (p.parent < 0) rootIndices.push(i);
    else {
      const list = childrenOf[p.parent];
      if (list) list.push(i);
      else childrenOf[p.parent] = [i];
    }
  }
  const idOf: (string | undefined)[] = new Array(count).fill(undefined);
  // iterative pre-order (trees can be deep on adversarial input); negative entries close a subtree
  const work: number[] = [];
  for (let k = rootIndices.length - 1; k >= 0; k--) {
    idOf[rootIndices[k]!] = `s${k + 1}`;
    work.push(rootIndices[k]!);
  }
  const posOf: number[] = new Array(count).fill(-1);
  while (work.length) {
    const i = work.pop()!;
    if (i < 0) {
      subtreeEnd[posOf[-i - 1]!] = order.length;
      continue;
    }
    const node = nodeOf[i]!;
    const id = idOf[i]!;
    node.id = id;
    posOf[i] = order.length;
    order.push(i);
    work.push(-i - 1);
    const kids = childrenOf[i];
    if (kids === undefined) continue;
    for (let k = kids.length - 1; k >= 0; k--) {
      idOf[kids[k]!] = `${id}.${k + 1}`;
      work.push(kids[k]!);
    }
  }

  const bodyEnd = trimEnd(text, 0, text.length);
  // firstStart[k]: the first heading start at or after pre-order index k
  const firstStart: number[] = new Array(order.length + 1).fill(-1);
  for (let k = order.length - 1; k >= 0; k--) {
    const d = merged[order[k]!]!;
    firstStart[k] = d.body ? d.cand.start : firstStart[k + 1]!;
  }
  for (let k = 0; k < order.length; k++) {
    const d = merged[order[k]!]!;
    const start = d.body ? d.cand.start : subtreeEnd[k]! > k + 1 ? firstStart[k + 1]! : -1;
    if (start < 0) continue;
    const next = firstStart[subtreeEnd[k]!]!;
    const end = trimEnd(text, start, next >= 0 ? next : bodyEnd);
    nodeOf[order[k]!]!.span = { start, end: Math.max(end, start) };
  }
  const outline: OutlineTree = { type: 'root', children: roots };
  if (text.length > 0) outline.span = { start: 0, end: text.length };
  return { outline, idOf, nodeOf };
}

/** Trimmed from a section's end: whitespace (\s), the zero-width space and the BOM. */
const TRAILING_SPACE = charCodeTable(WHITESPACE, ZERO_WIDTH_SPACES);

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && TRAILING_SPACE[text.charCodeAt(e - 1)] === 1) e--;
  return e;
}

/** What may follow a title on its own line: whitespace and the punctuation that closes a title (。.．;；:：,，!！?？). */
const AFTER_OWN_LINE_TITLE = charCodeTable(WHITESPACE, SENTENCE_ENDS, LATIN_STOPS, SEMICOLONS, COLONS, COMMAS);

function layoutOf(text: string, d: Draft): OutlineSection['layout'] {
  if (d.cand.context !== 'line') return 'run-in';
  // own line: nothing but closing punctuation after the title on its line
  let k = d.titleEnd;
  while (k < text.length && text[k] !== '\n' && text[k] !== '\r') {
    if (AFTER_OWN_LINE_TITLE[text.charCodeAt(k)] !== 1) return 'run-in';
    k++;
  }
  return 'line';
}
