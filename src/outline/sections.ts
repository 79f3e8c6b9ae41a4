import type { Draft } from './draft.js';
import type { OutlineSection, OutlineTree } from './nodes.js';
import type { Placement } from './tree.js';
import { COLONS, COMMAS, LATIN_STOPS, SEMICOLONS, SENTENCE_ENDS, charClassBody } from '../zh/chars.js';

// The outline tree: section nodes with ids from their path, heading and section spans (working offsets).

export function buildTree(
  text: string,
  merged: readonly Draft[],
  placements: readonly (Placement | null)[],
): { outline: OutlineTree; idOf: Map<number, string>; nodeOf: Map<number, OutlineSection> } {
  const nodeOf = new Map<number, OutlineSection>();
  const roots: OutlineSection[] = [];
  merged.forEach((d, i) => {
    const p = placements[i];
    if (!p) return;
    const c = d.cand;
    const node: OutlineSection = {
      type: 'section',
      id: '',
      marker: c.marker.trim(),
      family: c.family,
      ordinal: p.ordinal,
      depth: p.depth,
      title: text.slice(d.titleStart, d.titleEnd),
      ...(d.uncertain ? { titleUncertain: true } : {}),
      origin: d.body ? 'body' : 'toc',
      layout: d.body ? layoutOf(text, d) : 'toc',
      children: [],
    };
    // the span is set below, once the tree is known
    if (d.body) node.headingSpan = { start: c.start, end: Math.max(c.markerEnd, d.titleEnd) };
    nodeOf.set(i, node);
    if (p.parent < 0) roots.push(node);
    else nodeOf.get(p.parent)!.children.push(node);
  });

  // ids from the section path, and the pre-order list for the section spans
  const order: number[] = []; // draft indices in pre-order
  const subtreeEnd: number[] = [];
  const childrenOf = new Map<number, number[]>();
  const rootIndices: number[] = [];
  merged.forEach((_, i) => {
    const p = placements[i];
    if (!p) return;
    if (p.parent < 0) rootIndices.push(i);
    else {
      const list = childrenOf.get(p.parent);
      if (list) list.push(i);
      else childrenOf.set(p.parent, [i]);
    }
  });
  const idOf = new Map<number, string>();
  // iterative pre-order (trees can be deep on adversarial input); negative entries close a subtree
  const work: number[] = [];
  for (let k = rootIndices.length - 1; k >= 0; k--) {
    idOf.set(rootIndices[k]!, `s${k + 1}`);
    work.push(rootIndices[k]!);
  }
  const posOf = new Map<number, number>();
  while (work.length) {
    const i = work.pop()!;
    if (i < 0) {
      subtreeEnd[posOf.get(-i - 1)!] = order.length;
      continue;
    }
    const node = nodeOf.get(i)!;
    const id = idOf.get(i)!;
    node.id = id;
    posOf.set(i, order.length);
    order.push(i);
    work.push(-i - 1);
    const kids = childrenOf.get(i) ?? [];
    for (let k = kids.length - 1; k >= 0; k--) {
      idOf.set(kids[k]!, `${id}.${k + 1}`);
      work.push(kids[k]!);
    }
  }

  const bodyEnd = trimEnd(text, 0, text.length);
  // firstStart[k]: the first heading start at or after pre-order index k
  const firstStart = new Float64Array(order.length + 1).fill(-1);
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
    nodeOf.get(order[k]!)!.span = { start, end: Math.max(end, start) };
  }
  const outline: OutlineTree = { type: 'root', children: roots };
  if (text.length > 0) outline.span = { start: 0, end: text.length };
  return { outline, idOf, nodeOf };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s\u3000\u00a0\u200b\ufeff]/.test(text[e - 1]!)) e--;
  return e;
}

/** What may follow a title on its own line: whitespace and the punctuation that closes a title (。.．;；:：,，!！?？). */
const AFTER_OWN_LINE_TITLE = new RegExp(`[\\s${charClassBody(SENTENCE_ENDS, LATIN_STOPS, SEMICOLONS, COLONS, COMMAS)}]`);

function layoutOf(text: string, d: Draft): OutlineSection['layout'] {
  if (d.cand.context !== 'line') return 'run-in';
  // own line: nothing but closing punctuation after the title on its line
  let k = d.titleEnd;
  while (k < text.length && text[k] !== '\n' && text[k] !== '\r') {
    if (!AFTER_OWN_LINE_TITLE.test(text[k]!)) return 'run-in';
    k++;
  }
  return 'line';
}

