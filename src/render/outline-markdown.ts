import type { List, ListItem, Root as MdastRoot } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { OutlineRoot, Section } from '../schema/outline.js';

/** The outline as an mdast tree: top-level sections become `##` headings, deeper ones nested lists. */
export function outlineToMdast(outline: OutlineRoot, title?: string | null): MdastRoot {
  const root: MdastRoot = { type: 'root', children: [] };
  if (title) root.children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] });
  const label = (s: Section) => `${s.marker}${s.title}${s.origin === 'toc' ? '(目录)' : ''}`;
  const list = (nodes: readonly Section[]): List => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: nodes.map(
      (n): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [
          { type: 'paragraph', children: [{ type: 'text', value: label(n) }] },
          ...(n.children.length ? [list(n.children)] : []),
        ],
      }),
    ),
  });
  for (const section of outline.children) {
    root.children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: label(section) }] });
    if (section.children.length) root.children.push(list(section.children));
  }
  return root;
}

/** The outline serialised as Markdown with remark-stringify. */
export function outlineToMarkdown(outline: OutlineRoot, title?: string | null): string {
  return unified().use(remarkStringify, { bullet: '-' }).stringify(outlineToMdast(outline, title));
}
