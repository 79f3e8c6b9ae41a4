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

/** The leading characters of a pattern or of one of its alternatives. */
export interface LeadingCharacters {
  /** The characters a match can start with. */
  first: string;
  /** The characters that can come second (whatever came first), or null: any can, or none need to. */
  second: string | null;
}

/**
 * The characters a match of `pattern` can start with (`first`, as firstCharactersOf) and
 * those its second character can be (`second`: whatever the first was), or null for
 * `second` when any character can follow (a match may be one character long, or a class
 * such as `[^…]` can come second). A position whose next character is not in `second`
 * starts no match: a pair test is cheaper than trying the pattern there. Throws as
 * firstCharactersOf does.
 */
export function leadingCharactersOf(pattern: RegExp): LeadingCharacters {
  const part = readAlternatives(pattern).reduce(alternative);
  if (part.empty) fail('can match the empty string', pattern.source);
  if (part.first === ANY) fail('cannot enumerate the first characters', pattern.source);
  return leadingOf(part);
}

/**
 * The leading characters of each top-level alternative of `pattern` apart (`确保|已(?!经)` →
 * 确 then 保; 已 then any), finer than leadingCharactersOf's union when some alternatives
 * are one character long: those leave `second` open only for their own first characters.
 * Null when some alternative's first characters cannot be enumerated or it can match the
 * empty string (`[\u4e00-\u9fa5]了`, `下降|`): nothing is known of where every match starts.
 * Throws on what the reader cannot read (`^`, `\b`, a flag other than g, y, u, s, d).
 */
export function leadingCharactersByAlternative(pattern: RegExp): LeadingCharacters[] | null {
  const parts = readAlternatives(pattern);
  return parts.some((p) => p.empty || p.first === ANY) ? null : parts.map(leadingOf);
}

/** The parts of each top-level alternative of `pattern`, as read from its source. */
function readAlternatives(pattern: RegExp): Part[] {
  if (/[^gyusd]/.test(pattern.flags)) fail(`flags ${pattern.flags}`, pattern.source);
  const reader = new LeadingCharacterReader(pattern.source);
  const parts = reader.alternatives();
  if (reader.at < pattern.source.length) fail(`unexpected ) at ${reader.at}`, pattern.source);
  return parts;
}

/** A part's characters as strings, in char-code order (the caller checked that its first characters are enumerated). */
function leadingOf({ first, single, second }: Part): LeadingCharacters {
  const text = (set: Set<number>) => String.fromCharCode(...[...set].sort((a, b) => a - b));
  return { first: text(first as Set<number>), second: single || second === ANY ? null : text(second) };
}

/** Why a pattern cannot be read, thrown. */
function fail(why: string, source: string): never {
  throw new Error(`firstCharactersOf: ${why} in /${source}/`);
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
const oneCharacter = (first: CharSet): Part => ({ first, empty: false, single: true, second: new Set() });

/**
 * What the class escape `\e` matches (\d, \s; \D, \S, \w, \W are any character for this
 * reader), or undefined for another escape. \s is ECMAScript's WhiteSpace and LineTerminator.
 */
function classEscape(e: string | undefined): CharSet | undefined {
  if (e === 'd') return (DIGITS ??= classCharacters(/[0-9]/));
  if (e === 's') return (WHITE_SPACE ??= classCharacters(/[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/));
  return e === 'D' || e === 'S' || e === 'w' || e === 'W' ? ANY : undefined;
}
/** The sets of \d and \s, read from their classes when a pattern first uses them. */
let DIGITS: CharSet | undefined;
let WHITE_SPACE: CharSet | undefined;
const classCharacters = (cls: RegExp): CharSet => new LeadingCharacterReader(cls.source).characterClass();

/** A recursive-descent reader of a regex source, computing each part's leading characters. */
class LeadingCharacterReader {
  at = 0;
  constructor(private readonly source: string) {}

  /** The parts of the alternatives from `at` to the end of the current group (or source). */
  alternatives(): Part[] {
    const parts = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      parts.push(this.sequence());
    }
    return parts;
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
      if (!m) fail(`bad quantifier at ${this.at}`, s);
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
      const inner = lookaround ? (this.skip(false), NOTHING) : this.alternatives().reduce(alternative);
      if (s[this.at] !== ')') fail('unclosed group', s);
      this.at++;
      return inner;
    }
    if (c === '[') return oneCharacter(this.characterClass());
    if (c === '\\') return oneCharacter(this.escape());
    if (c === '.') {
      this.at++;
      return oneCharacter(ANY);
    }
    if (c === '^' || c === '$') fail(`assertion ${c}`, s);
    this.at++;
    return oneCharacter(new Set([c.charCodeAt(0)]));
  }
  /** An escape outside a class: one character or a class escape. */
  private escape(): CharSet {
    const matched = classEscape(this.source[this.at + 1]);
    if (matched === undefined) return new Set([this.escapedCharacter()]);
    this.at += 2;
    return matched;
  }

  /** The character an escape at `at` stands for (\t, \n, \uXXXX, \-, \\ …); throws on \b, \1 and the like. */
  private escapedCharacter(): number {
    const s = this.source;
    const e = s[this.at + 1]!;
    const simple: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.at + 2, this.at + 6))) {
      this.at += 6;
      return parseInt(s.slice(this.at - 4, this.at), 16);
    }
    this.at += 2;
    if (e in simple) return simple[e]!;
    if (/[A-Za-z0-9]/.test(e)) fail(`escape \\${e}`, s);
    return e.charCodeAt(0); // an escaped punctuation character stands for itself
  }

  /** A class […]: its characters (ranges enumerated); a negated class is ANY. */
  characterClass(): CharSet {
    const s = this.source;
    this.at++;
    const negated = s[this.at] === '^';
    if (negated) this.at++;
    const set = new Set<number>();
    let any = false;
    const one = (): number | null => {
      if (s[this.at] !== '\\') return s.charCodeAt(this.at++);
      const matched = classEscape(s[this.at + 1]);
      if (matched === undefined) return this.escapedCharacter();
      this.at += 2;
      if (matched === ANY) any = true;
      else for (const code of matched) set.add(code);
      return null;
    };
    while (s[this.at] !== ']') {
      if (this.at >= s.length) fail('unclosed class', s);
      const low = one();
      if (low !== null && s[this.at] === '-' && s[this.at + 1] !== ']') {
        this.at++;
        const high = one();
        if (high === null || high < low) fail('bad range', s);
        if (high - low >= LARGE_CLASS) any = true; // [\u4e00-\u9fa5]: not worth enumerating
        else for (let code = low; code <= high; code++) set.add(code);
      } else if (low !== null) set.add(low);
    }
    this.at++;
    return negated || any ? ANY : set;
  }
}
