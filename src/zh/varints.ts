/**
 * Tables of code points written as ASCII (src/zh/fold-table.ts, src/zh/common-chars.ts, the
 * lexicons' alphabet in src/zh/lexicon/packed.ts): a bundler escapes every non-ASCII character
 * of a string as \uXXXX (6 bytes), and sorted code points differ by little, so their
 * differences as varints take 1–3 characters. Written by encodeVarints in
 * scripts/generate-fold-table.mjs (for it and for gen-common-chars.mjs and pack-lexicons.mjs).
 */

/**
 * The 91 digits, value = index: printable ASCII without the quotes, the backtick and the
 * backslash, so that an encoded string needs no escape in any JavaScript string literal.
 */
export const VARINT_DIGITS = ' !#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~';

/**
 * A digit d < LAST_DIGITS ends a number and is its last place (base 64); a digit d ≥ 64 is a
 * place before it, worth d − 64 in base 27 (the digits left). Most gaps and deltas of the
 * tables are below 64 and take one digit; the split at 64 gives the tables their fewest
 * characters all together (scripts/generate-fold-table.mjs has the figures).
 */
export const LAST_DIGITS = 64;
const CARRY_BASE = VARINT_DIGITS.length - LAST_DIGITS;

/** The non-negative integers of a string of varints (see LAST_DIGITS). */
export function readVarints(encoded: string): number[] {
  const digit = new Uint8Array(128);
  for (let i = 0; i < VARINT_DIGITS.length; i++) digit[VARINT_DIGITS.charCodeAt(i)] = i;
  const numbers: number[] = [];
  let high = 0;
  for (let i = 0; i < encoded.length; i++) {
    const d = digit[encoded.charCodeAt(i)] as number;
    if (d < LAST_DIGITS) {
      numbers.push(high * LAST_DIGITS + d);
      high = 0;
    } else high = high * CARRY_BASE + (d - LAST_DIGITS);
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
