/**
 * Tables of code points written as ASCII (src/zh/fold-table.ts, src/zh/common-chars.ts): a
 * bundler escapes every non-ASCII character of a string as \uXXXX (6 bytes), and sorted
 * code points differ by little, so their differences as varints take 1–3 characters.
 * Written by scripts/generate-fold-table.mjs (encodeVarints) and gen-common-chars.mjs.
 */

/** The 64 digits, value = index: d < 32 ends a number, d ≥ 32 carries 5 bits and says more follow. */
export const VARINT_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/** The non-negative integers of a string of big-endian base-32 varints. */
export function readVarints(encoded: string): number[] {
  const digit = new Uint8Array(128);
  for (let i = 0; i < VARINT_DIGITS.length; i++) digit[VARINT_DIGITS.charCodeAt(i)] = i;
  const numbers: number[] = [];
  let n = 0;
  for (let i = 0; i < encoded.length; i++) {
    const d = digit[encoded.charCodeAt(i)] as number;
    n = n * 32 + (d & 31);
    if (d < 32) {
      numbers.push(n);
      n = 0;
    }
  }
  return numbers;
}

/** The characters of an ascending code point list written as (code point − previous − 1) varints. */
export function readCodePointSet(encoded: string): Set<string> {
  const set = new Set<string>();
  let c = -1;
  for (const gap of readVarints(encoded)) set.add(String.fromCodePoint((c += gap + 1)));
  return set;
}
