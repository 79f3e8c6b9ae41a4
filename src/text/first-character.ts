/**
 * The first-character scan engine shared by the extractors (times, quantities): a list of
 * parsers each declares the characters its matches can start with; one pass over the text
 * stops only at positions whose character starts some parser, and offers the position to
 * those parsers, in list order (the index gives them, `nextStart` finds the positions). Cheaper than one global scan per parser, or one big
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
 * The first position in [from, to) whose character starts some parser, or `to`: the scan
 * loop of an extractor is `for (let i = nextStart(…, from, to); i < to; i = nextStart(…, resume, to))`,
 * which offers position i to the parsers of `index.buckets[index.bucketOf[text.charCodeAt(i)]]`.
 * (A loop in the caller, not a callback per position: the callback was 6 % of the time scan.)
 */
export function nextStart(text: string, index: FirstCharacterIndex, from: number, to: number): number {
  const { bucketOf } = index;
  for (let i = from; i < to; i++) if (bucketOf[text.charCodeAt(i)]! >= 0) return i;
  return to;
}

/**
 * The characters a match of `pattern` can start with, read from its source: the first
 * characters of each alternative, through optional items (`?`, `*`, `{0,n}`) and groups.
 * Lookarounds are skipped (they match no character; skipping one can only add characters).
 * So an extractor can try a pattern only at those characters, with the same matches as a
 * global scan, without a hand-written list that could fall out of step with the pattern.
 * Throws on a pattern whose first characters it cannot enumerate (`.`, `\w`, `[^…]`, a
 * range of 1,000 characters or more, `^`,
 * a flag other than g, y, u, s, d) or that can match the empty string.
 */
export function firstCharactersOf(pattern: RegExp): string {
  return leadingCharactersOf(pattern).first;
}

/**
 * The characters a match of `pattern` can start with (`first`, as firstCharactersOf) and
 * those its second character can be (`second`: whatever the first was), or null for
 * `second` when any character can follow (a match may be one character long, or a class
 * such as `[^…]` can come second). A position whose next character is not in `second`
 * starts no match: a pair test is cheaper than trying the pattern there.
 */
export function leadingCharactersOf(pattern: RegExp): { first: string; second: string | null } {
  if (/[^gyusd]/.test(pattern.flags)) throw new Error(`firstCharactersOf: flags ${pattern.flags} of /${pattern.source}/`);
  const reader = new LeadingCharacterReader(pattern.source);
  const { first, empty, single, second } = reader.alternation();
  if (reader.at < pattern.source.length) throw new Error(`firstCharactersOf: unexpected ) at ${reader.at} in /${pattern.source}/`);
  if (empty) throw new Error(`firstCharactersOf: /${pattern.source}/ can match the empty string`);
  if (first === ANY) throw new Error(`firstCharactersOf: cannot enumerate the first characters of /${pattern.source}/`);
  const text = (set: Set<number>) => String.fromCharCode(...[...set].sort((a, b) => a - b));
  return { first: text(first), second: single || second === ANY ? null : text(second) };
}

/** Any character (a set not enumerated): an error only if it can start a match. */
const ANY = 'any';
/** A class range this long counts as any character (a pattern cannot be tried at each of 20,000 ideographs anyway). */
const LARGE_CLASS = 1000;
type CharSet = Set<number> | typeof ANY;
/** What a part of a pattern can match, as far as its first two characters tell. */
interface Part {
  first: CharSet;
  /** The part can match the empty string. */
  empty: boolean;
  /** The part can match exactly one character (then what follows the part comes second). */
  single: boolean;
  /** The characters that can come second in a match of the part. */
  second: CharSet;
}
const NONE: CharSet = new Set();
const NOTHING: Part = { first: NONE, empty: true, single: false, second: NONE };
const union = (a: CharSet, b: CharSet): CharSet => (a === ANY || b === ANY ? ANY : a.size === 0 ? b : b.size === 0 ? a : new Set([...a, ...b]));
/** X then Y. */
function concatenation(x: Part, y: Part): Part {
  if (!x.empty && !x.single) return x; // two characters read already: what follows changes neither
  return {
    first: x.empty ? union(x.first, y.first) : x.first,
    empty: x.empty && y.empty,
    single: (x.single && y.empty) || (x.empty && y.single),
    second: union(union(x.second, x.single ? y.first : NONE), x.empty ? y.second : NONE),
  };
}
/** X or Y. */
function alternative(x: Part, y: Part): Part {
  return { first: union(x.first, y.first), empty: x.empty || y.empty, single: x.single || y.single, second: union(x.second, y.second) };
}
/** What \s matches (ECMAScript WhiteSpace and LineTerminator). */
const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const codes = (s: string) => new Set([...s].map((c) => c.charCodeAt(0)));
const oneCharacter = (first: CharSet): Part => ({ first, empty: false, single: true, second: new Set() });

/** A recursive-descent reader of a regex source, computing each part's leading characters. */
class LeadingCharacterReader {
  at = 0;
  constructor(private readonly source: string) {}

  alternation(): Part {
    let part = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      part = alternative(part, this.sequence());
    }
    return part;
  }

  private sequence(): Part {
    let part = NOTHING;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      part = concatenation(part, this.quantified(this.atom()));
      if (!part.empty && !part.single) {
        this.skip(true); // two characters read: what follows in this sequence changes nothing
        break;
      }
    }
    return part;
  }

  /**
   * Reads through to the end of the current sequence (`atBar`: at the next | or ) of this
   * level) or of the current group (at its ) ), without building sets: one tight loop, as a
   * cold start runs it interpreted.
   */
  private skip(atBar: boolean): void {
    const s = this.source;
    let depth = 0;
    while (this.at < s.length) {
      const c = s[this.at];
      if (c === '\\') this.at += 2;
      else if (c === '[') {
        this.at++;
        while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? 2 : 1;
        this.at++;
      } else if (c === '(') {
        depth++;
        this.at++;
      } else if (c === ')') {
        if (depth === 0) return;
        depth--;
        this.at++;
      } else if (c === '|' && depth === 0 && atBar) return;
      else this.at++;
    }
  }

  private quantified(atom: Part): Part {
    const s = this.source;
    let min = 1;
    let max = 1;
    const c = s[this.at];
    if (c === '?' || c === '*' || c === '+') {
      [min, max] = c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity];
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.at));
      if (!m) throw new Error(`firstCharactersOf: bad quantifier at ${this.at} in /${s}/`);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.at += m[0].length;
    } else return atom;
    if (s[this.at] === '?') this.at++; // lazy
    // repeated, the atom's first characters can follow its one-character matches
    const second = max >= 2 && atom.single ? union(atom.second, atom.first) : atom.second;
    return { first: atom.first, empty: atom.empty || min === 0, single: atom.single, second };
  }

  private atom(): Part {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '(') {
      const lookaround = /^\(\?<?[=!]/.exec(s.slice(this.at));
      const opening = lookaround ?? /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(s.slice(this.at))!;
      this.at += opening[0].length;
      // a lookaround matches no character: only read through
      const inner = lookaround ? (this.skip(false), NOTHING) : this.alternation();
      if (s[this.at] !== ')') throw new Error(`firstCharactersOf: unclosed group in /${s}/`);
      this.at++;
      return inner;
    }
    if (c === '[') return oneCharacter(this.characterClass());
    if (c === '\\') return oneCharacter(this.escape());
    if (c === '.') {
      this.at++;
      return oneCharacter(ANY);
    }
    if (c === '^' || c === '$') throw new Error(`firstCharactersOf: assertion ${c} in /${s}/`);
    this.at++;
    return oneCharacter(new Set([c.charCodeAt(0)]));
  }
  /** An escape outside a class: one character or a class escape. */
  private escape(): CharSet {
    const s = this.source;
    const e = s[this.at + 1];
    if (e === 'd' || e === 's') {
      this.at += 2;
      return codes(e === 'd' ? '0123456789' : WHITE_SPACE);
    }
    if (e === 'D' || e === 'S' || e === 'w' || e === 'W') {
      this.at += 2;
      return ANY;
    }
    return new Set([this.escapedCharacter()]);
  }

  /** The character an escape at `at` stands for (\t, \n, \uXXXX, \-, \\ …); throws on \b, \1 and the like. */
  private escapedCharacter(): number {
    const s = this.source;
    const e = s[this.at + 1]!;
    const simple: Record<string, string> = { t: '\t', n: '\n', r: '\r', v: '\v', f: '\f', '0': '\0' };
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.at + 2, this.at + 6))) {
      this.at += 6;
      return parseInt(s.slice(this.at - 4, this.at), 16);
    }
    this.at += 2;
    if (e in simple) return simple[e]!.charCodeAt(0);
    if (/[A-Za-z0-9]/.test(e)) throw new Error(`firstCharactersOf: escape \\${e} in /${s}/`);
    return e.charCodeAt(0); // an escaped punctuation character stands for itself
  }

  /** A class […]: its characters (ranges enumerated); a negated class is ANY. */
  private characterClass(): CharSet {
    const s = this.source;
    this.at++;
    const negated = s[this.at] === '^';
    if (negated) this.at++;
    const set = new Set<number>();
    let any = false;
    const one = (): number | null => {
      if (s[this.at] !== '\\') return s.charCodeAt(this.at++);
      const e = s[this.at + 1];
      if (e === 'd' || e === 's') {
        for (const code of codes(e === 'd' ? '0123456789' : WHITE_SPACE)) set.add(code);
        this.at += 2;
        return null;
      }
      if (e === 'D' || e === 'S' || e === 'w' || e === 'W') {
        any = true;
        this.at += 2;
        return null;
      }
      return this.escapedCharacter();
    };
    while (s[this.at] !== ']') {
      if (this.at >= s.length) throw new Error(`firstCharactersOf: unclosed class in /${s}/`);
      const low = one();
      if (low !== null && s[this.at] === '-' && s[this.at + 1] !== ']') {
        this.at++;
        const high = one();
        if (high === null || high < low) throw new Error(`firstCharactersOf: bad range in /${s}/`);
        if (high - low >= LARGE_CLASS) any = true; // [\u4e00-\u9fa5]: not worth enumerating
        else for (let code = low; code <= high; code++) set.add(code);
      } else if (low !== null) set.add(low);
    }
    this.at++;
    return negated || any ? ANY : set;
  }
}
