/**
 * Where the body's numbering stops: a line 附件1 / 附表 / 附录 / 名词解释 opens an
 * appendix whose headings start again at the top level; a "附件：1.… 2.…" list names the
 * attachments of a notice and holds no headings.
 */
export interface Appendices {
  /** Offsets of lines that open an appendix. */
  resets: number[];
  /** Spans of attachment lists ("附件：1.国家职业教育改革实施方案"). */
  lists: { start: number; end: number }[];
}

const RESET = /^[ \t\u3000\u00a0]*(?:附[ \t\u3000]*[件表录][ \t\u3000]*[0-9０-９一二三四五六七八九十]{0,3}|名词解释|名词注释|注[ \t\u3000]*释)[ \t\u3000]*[:：]?[ \t\u3000]*\r?$/gm;
const LIST = /^[ \t\u3000\u00a0]*附[ \t\u3000]*件[ \t\u3000]*[:：]/gm;
const LIST_ITEM = /^[ \t\u3000\u00a0]*[0-9０-９]{1,2}[ \t]?[.．、]/;

export function findAppendices(text: string): Appendices {
  const resets: number[] = [];
  for (const m of text.matchAll(RESET)) resets.push(m.index);
  const lists: { start: number; end: number }[] = [];
  for (const m of text.matchAll(LIST)) {
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    for (let k = 0; k < 30 && end < text.length; k++) {
      let next = text.indexOf('\n', end + 1);
      if (next < 0) next = text.length;
      if (!LIST_ITEM.test(text.slice(end + 1, next))) break;
      end = next;
    }
    lists.push({ start: m.index, end });
  }
  return { resets, lists };
}
