/**
 * Full-width ASCII (！-～) and the ideographic space to half-width, character for
 * character, so offsets into the folded text equal offsets into the input.
 */
export function foldWidth(text: string): string {
  // One pass over char codes, joining the runs between folded characters (a replace
  // callback per character was slow: Chinese text is full of ，：；（）).
  let out = '';
  let from = 0;
  let folded = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isFoldable(c)) continue;
    // Densely full-width text (a page of （（（…) would make a rope of a million tiny
    // pieces: the rest is copied through a buffer instead.
    if (++folded > 1024 && folded * 4 > i) return out + text.slice(from, i) + foldByBuffer(text, i);
    out += text.slice(from, i) + String.fromCharCode(halfWidth(c));
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Characters per String.fromCharCode call (well below engines' argument limits). */
const CHUNK = 4096;

const isFoldable = (c: number): boolean => c === 0x3000 || (c >= 0xff01 && c <= 0xff5e);
/** The half-width form of a foldable character (the ideographic space is a space). */
const halfWidth = (c: number): number => (c === 0x3000 ? 0x20 : c - 0xfee0);

/** foldWidth of text.slice(start), converting a buffer of char codes a chunk at a time. */
function foldByBuffer(text: string, start: number): string {
  const chunks: string[] = [];
  const buffer = new Uint16Array(Math.min(CHUNK, text.length - start));
  for (let s = start; s < text.length; s += CHUNK) {
    const e = Math.min(text.length, s + CHUNK);
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      buffer[i - s] = isFoldable(c) ? halfWidth(c) : c;
    }
    chunks.push(String.fromCharCode.apply(null, buffer.subarray(0, e - s) as unknown as number[]));
  }
  return chunks.join('');
}
