/**
 * The first-character scan engine shared by the extractors (times, quantities): a list of
 * parsers each declares the characters its matches can start with; one pass over the text
 * stops only at positions whose character starts some parser, and offers the position to
 * those parsers, in list order. Cheaper than one global scan per parser, or one big
 * alternation tried at every position.
 */

export interface FirstCharacterIndex {
  /** For a char code: the index of its bucket, or -1 when no parser starts with it. */
  readonly bucketOf: Int16Array;
  /** Buckets: the parsers (indexes into the list, ascending) that start with a character. */
  readonly buckets: readonly (readonly number[])[];
}

/** The index of a parser list by first character (`first` undefined: the parser is not scanned). */
export function indexByFirstCharacter(parsers: readonly { readonly first?: string }[]): FirstCharacterIndex {
  const byChar = new Map<number, number[]>();
  parsers.forEach((p, k) => {
    for (const ch of new Set(p.first ?? '')) {
      const code = ch.charCodeAt(0);
      const list = byChar.get(code) ?? [];
      list.push(k);
      byChar.set(code, list);
    }
  });
  const bucketOf = new Int16Array(0x10000).fill(-1);
  const buckets: number[][] = [];
  for (const [code, list] of byChar) {
    bucketOf[code] = buckets.length;
    buckets.push(list);
  }
  return { bucketOf, buckets };
}

/**
 * Scans `text` from `from` to `to`: at each position whose character starts some parser,
 * `visit(position, parsers)` is called with those parsers' indexes and returns where the
 * scan goes on (a position after the one visited: past what was read there, or the next one).
 */
export function scanByFirstCharacter(
  text: string,
  index: FirstCharacterIndex,
  from: number,
  to: number,
  visit: (at: number, parsers: readonly number[]) => number,
): void {
  const { bucketOf, buckets } = index;
  if (buckets.length === 0) return;
  let i = from;
  while (i < to) {
    const b = bucketOf[text.charCodeAt(i)]!;
    if (b < 0) {
      i++;
      continue;
    }
    i = visit(i, buckets[b]!);
  }
}
