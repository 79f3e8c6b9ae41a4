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
const classCharacters = (cls: RegExp): CharSet => readAlternatives(cls)[0]!.first;

/**
 * The parts of each top-level alternative of `pattern`: a recursive-descent reader of its
 * source (functions over one cursor, `at`), computing each part's leading characters.
 */
function readAlternatives(pattern: RegExp): Part[] {
  const source = pattern.source;
  if (/[^gyusd]/.test(pattern.flags)) fail(`flags ${pattern.flags}`, source);
  let at = 0;

  /** The parts of the alternatives from `at` to the end of the current group (or source). */
  const alternatives = (): Part[] => {
    const parts = [sequence()];
    while (source[at] === '|') {
      at++;
      parts.push(sequence());
    }
    return parts;
  };

  const sequence = (): Part => {
    let part = NOTHING;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      part = concatenation(part, quantified(atom()));
      if (!part.empty && !part.single) {
        skip(true); // two characters read: what follows in this sequence changes nothing
        break;
      }
    }
    return part;
  };

  /**
   * Reads through to the end of the current sequence (`atBar`: at the next | or ) of this
   * level) or of the current group (at its ) ), without building sets: one tight loop, as a
   * cold start runs it interpreted.
   */
  const skip = (atBar: boolean): void => {
    let depth = 0;
    while (at < source.length) {
      const c = source[at];
      if (c === '\\') at += 2;
      else if (c === '[') {
        at++;
        while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
        at++;
      } else if (c === '(') {
        depth++;
        at++;
      } else if (c === ')') {
        if (depth === 0) return;
        depth--;
        at++;
      } else if (c === '|' && depth === 0 && atBar) return;
      else at++;
    }
  };

  /** `atom` under the quantifier at `at`, if one stands there (?, *, +, {n}, {n,}, {n,m}, each maybe lazy). */
  const quantified = (atom: Part): Part => {
    const c = source[at];
    if (c !== '?' && c !== '*' && c !== '+' && c !== '{') return atom;
    const q = /^(?:[?*+]|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(at));
    if (!q) fail(`bad quantifier at ${at}`, source);
    at += q[0].length;
    // only whether it allows no match of the atom, and more than one, matters
    const [, min, comma, max] = q;
    const optional = c === '{' ? min === '0' : c !== '+';
    const repeated = c === '{' ? (comma ? max === '' || Number(max) >= 2 : Number(min) >= 2) : c !== '?';
    // repeated, the atom's first characters can follow its one-character matches
    const second = repeated && atom.single ? union(atom.second, atom.first) : atom.second;
    return { first: atom.first, empty: atom.empty || optional, single: atom.single, second };
  };

  const atom = (): Part => {
    const c = source[at]!;
    if (c === '(') {
      const lookaround = /^\(\?<?[=!]/.exec(source.slice(at));
      const opening = lookaround ?? /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(source.slice(at))!;
      at += opening[0].length;
      // a lookaround matches no character: only read through
      const inner = lookaround ? (skip(false), NOTHING) : alternatives().reduce(alternative);
      if (source[at] !== ')') fail('unclosed group', source);
      at++;
      return inner;
    }
    if (c === '[') return oneCharacter(characterClass());
    if (c === '\\') {
      // an escape outside a class: a class escape or one character
      const matched = classEscape(source[at + 1]);
      if (matched === undefined) return oneCharacter(new Set([escapedCharacter()]));
      at += 2;
      return oneCharacter(matched);
    }
    if (c === '.') {
      at++;
      return oneCharacter(ANY);
    }
    if (c === '^' || c === '$') fail(`assertion ${c}`, source);
    at++;
    return oneCharacter(new Set([c.charCodeAt(0)]));
  };

  /** The character an escape at `at` stands for (\t, \n, \uXXXX, \-, \\ …); throws on \b, \1 and the like. */
  const escapedCharacter = (): number => {
    const e = source[at + 1]!;
    const simple: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6))) {
      at += 6;
      return parseInt(source.slice(at - 4, at), 16);
    }
    at += 2;
    if (e in simple) return simple[e]!;
    if (/[A-Za-z0-9]/.test(e)) fail(`escape \\${e}`, source);
    return e.charCodeAt(0); // an escaped punctuation character stands for itself
  };

  /** A class […]: its characters (ranges enumerated); a negated class is ANY. */
  const characterClass = (): CharSet => {
    at++;
    const negated = source[at] === '^';
    if (negated) at++;
    const set = new Set<number>();
    let any = false;
    /** A class member at `at`: its char code, or null for a class escape (its characters added). */
    const one = (): number | null => {
      if (source[at] !== '\\') return source.charCodeAt(at++);
      const matched = classEscape(source[at + 1]);
      if (matched === undefined) return escapedCharacter();
      at += 2;
      if (matched === ANY) any = true;
      else for (const code of matched) set.add(code);
      return null;
    };
    while (source[at] !== ']') {
      if (at >= source.length) fail('unclosed class', source);
      const low = one();
      if (low !== null && source[at] === '-' && source[at + 1] !== ']') {
        at++;
        const high = one();
        if (high === null || high < low) fail('bad range', source);
        if (high - low >= LARGE_CLASS) any = true; // [\u4e00-\u9fa5]: not worth enumerating
        else for (let code = low; code <= high; code++) set.add(code);
      } else if (low !== null) set.add(low);
    }
    at++;
    return negated || any ? ANY : set;
  };

  const parts = alternatives();
  if (at < source.length) fail(`unexpected ) at ${at}`, source);
  return parts;
}
