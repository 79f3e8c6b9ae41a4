import type { OutlineRoot, Section } from '../schema/outline.js';

/**
 * The outline as indented text, two spaces per depth, "MARKER TITLE" per line; a
 * heading known only from the table of contents starts with "~" (the gold format of
 * tigang's evaluation data).
 */
export function outlineToText(outline: OutlineRoot): string {
  const lines: string[] = [];
  const walk = (nodes: readonly Section[], depth: number) => {
    for (const node of nodes) {
      lines.push(`${'  '.repeat(depth)}${node.origin === 'toc' ? '~' : ''}${node.marker} ${node.title}`);
      walk(node.children, depth + 1);
    }
  };
  walk(outline.children, 0);
  return lines.join('\n');
}
