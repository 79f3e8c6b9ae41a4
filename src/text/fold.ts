/**
 * Full-width ASCII (！-～) and the ideographic space to half-width, character for
 * character, so offsets into the folded text equal offsets into the input.
 */
export function foldWidth(text: string): string {
  // one pass over char codes, copying the runs between folded characters (a replace
  // callback per character was slow: Chinese text is full of ，：；（）)
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3000 || (c >= 0xff01 && c <= 0xff5e)) {
      out += text.slice(from, i) + (c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0));
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
