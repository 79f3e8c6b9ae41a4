import type { List, Nodes, Parents, RootContent } from 'mdast';
import type { OutlineOptions } from '../outline/index.js';
import { keepHtmlText } from './html.js';
import { projectInline } from './inline.js';
import { keepValue } from './text.js';
import type { KeptSpanWriter } from './writer.js';

export type Hint = NonNullable<OutlineOptions['hints']>[number];

/** An ordered list's marker ("1." / "1)") and the spaces after it, at the start of an item. */
const ORDERED_MARKER = /^[ \t]*\d{1,9}[.)][ \t]?/;

/**
 * Flow content, one block per line. Headings and list items are recorded in `hints`
 * (in text offsets); front matter, code, rules and definitions are deleted.
 */
export function projectBlocks(w: KeptSpanWriter, nodes: readonly RootContent[], hints: Hint[]): void {
  for (const node of nodes) projectBlock(w, node, hints);
}

function projectBlock(w: KeptSpanWriter, node: RootContent, hints: Hint[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  if ((node.type as string) === 'toml') {
    // remark-frontmatter's TOML node (+++ … +++), not in mdast's own types
    w.remove(start, end, 'front-matter');
    return;
  }
  switch (node.type) {
    case 'yaml':
      w.remove(start, end, 'front-matter');
      return;
    case 'code':
    case 'thematicBreak':
    case 'definition':
      w.remove(start, end, 'markdown-syntax');
      return;
    case 'html':
      keepHtmlText(w, node.value, start, end);
      return;
    case 'heading': {
      w.newline(start);
      const from = w.nextStart;
      projectInline(w, node.children);
      if (w.length > from) hints.push({ start: from, end: w.length, kind: 'heading', level: node.depth });
      return;
    }
    case 'paragraph':
      w.newline(start);
      projectInline(w, node.children);
      return;
    case 'blockquote':
      projectBlocks(w, node.children, hints);
      return;
    case 'list':
      projectList(w, node, hints);
      return;
    default:
      // tables (GFM off), footnotes and the like: keep their text
      if ('children' in node) projectInline(w, (node as Parents).children as Nodes[]);
      else if ('value' in node && typeof node.value === 'string') keepValue(w, node.value, start, end);
  }
}

/** Each item on its own line and hinted as a list item; an ordered list keeps its numbers, the document's own numbering. */
function projectList(w: KeptSpanWriter, list: List, hints: Hint[]): void {
  for (const item of list.children) {
    const s = item.position?.start.offset;
    if (s === undefined) continue;
    w.newline(s);
    const hint: Hint = { start: w.nextStart, end: w.nextStart, kind: 'list-item' };
    if (list.ordered) {
      const first = item.children[0]?.position?.start.offset ?? item.position?.end.offset ?? s;
      const marker = ORDERED_MARKER.exec(w.source.slice(s, Math.max(s, first)));
      w.keep(s, marker ? s + marker[0].length : s);
    }
    hints.push(hint);
    projectBlocks(w, item.children, hints);
    hint.end = w.length;
  }
}
