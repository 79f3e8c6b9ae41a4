/**
 * Full-width ASCII (！-～) and the ideographic space to half-width, character for
 * character, so offsets into the folded text equal offsets into the input.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}
