import type { Nodes, Parents } from 'mdast';
import { keepHtmlText } from './html.js';
import { isMask } from './mask.js';
import { keepValue } from './text.js';
import type { KeptSpanWriter } from './writer.js';

/** Phrasing content: text kept, markup (emphasis, link targets, images) deleted. */
export function projectInline(w: KeptSpanWriter, nodes: readonly Nodes[]): void {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        keepValue(w, node.value, start, end);
        break;
      case 'break': {
        const nl = w.source.indexOf('\n', start);
        if (nl >= 0 && nl < end) w.keep(nl, nl + 1);
        break;
      }
      case 'image':
      case 'imageReference':
        w.remove(start, end, 'markdown-syntax');
        break;
      case 'html':
        keepHtmlText(w, node.value, start, end);
        break;
      case 'strong':
      case 'emphasis':
        // 投入**亿元，新建**所: masked figures of a scraped text, not bold
        if (isMask(w.source, start)) w.keep(start, end);
        else {
          projectInline(w, node.children);
          // **全文加粗…投入**亿元: the bold was closed by a mask, which stays
          if (node.type === 'strong' && isMask(w.source, end - 2)) w.keep(end - 2, end);
        }
        break;
      default:
        if ('children' in node) projectInline(w, (node as Parents).children as Nodes[]);
    }
  }
}
