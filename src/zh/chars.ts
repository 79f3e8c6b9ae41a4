/**
 * The character classes of Chinese text: which characters end a sentence, a clause, a line;
 * which open and close quotes and brackets; which are spaces. Each group is a plain string of
 * its members (both widths where a mark has two: 。！？ and !?), so that a call site composes
 * exactly the set it needs and names it:
 *
 *   new RegExp(charClass(SENTENCE_ENDS, SEMICOLONS))      → /[。！？!?；;]/
 *   charTable(SENTENCE_BREAKS)[text.charCodeAt(i)]          a test by char code
 *   wide(SENTENCE_ENDS)                                   → '。！？' (the full-width members only)
 *   folded(SENTENCE_ENDS)                                 → '。!?' (as they read in the folded text)
 *
 * The sets of the call sites are not all the same (a TOC line ends at 。；！？ but not at ：;
 * a clause keeps ）” after its 。 but a line's end also looks through 】》); docs/architecture.md
 * ("src/zh/") has the table of who uses which. Add a mark to a group only when every user of
 * the group should see it; otherwise compose.
 */
import { charTable } from '../text/scan.js';
import { foldCode } from './fold.js';

// ── marks, each in both widths where it has two ────────────────────────────────────────────

/** 句号, the ideographic full stop (one width only: the fold leaves it alone). */
export const FULL_STOP = '。';
/** 句号, 叹号, 问号: what ends a sentence. The ASCII . is not one (it is a decimal point). */
export const SENTENCE_ENDS = FULL_STOP + '！？!?';
/** 分号: what ends a clause inside a sentence. */
export const SEMICOLONS = '；;';
/** 冒号: introduces what follows (a list, a quoted text). */
export const COLONS = '：:';
/** 逗号. */
export const COMMAS = '，,';
/** The comma and semicolon presentation forms (vertical ︐︔, small ﹐﹔), which ICU's word breaker treats as 逗号/分号 inside numbers. */
export const PRESENTATION_COMMAS_SEMICOLONS = '\ufe10\ufe14\ufe50\ufe54';
/** 顿号: separates the items of a list (一、二、三、). */
export const ENUMERATION_COMMA = '、';
/** 省略号 (one code unit of the pair ……). */
export const ELLIPSIS = '…';
/** The Latin full stop and its full-width form: a decimal point too, so it ends a sentence only where a call site says so. */
export const LATIN_STOPS = '.．';
/** 破折号 (one code unit of ——). */
export const DASH = '—';

/** Line breaks (a lone \r ends a line too). */
export const LINE_BREAKS = '\n\r';
/** Spaces inside a line: ASCII space, tab, the ideographic space U+3000. */
export const INLINE_SPACES = ' \t\u3000';
/** The no-break space U+00A0, which scraped pages put where a space was meant. */
export const NO_BREAK_SPACE = '\u00a0';
/** Zero-width space U+200B and the BOM U+FEFF: invisible, and in scraped text where a space was meant. */
export const ZERO_WIDTH_SPACES = '\u200b\ufeff';
/** En and em spaces U+2002, U+2003. */
export const EN_EM_SPACES = '\u2002\u2003';
/** Spaces as scraped pages put them inside a line: INLINE_SPACES, U+00A0, U+2002, U+2003, U+200B, U+FEFF. */
export const SCRAPED_SPACES = INLINE_SPACES + NO_BREAK_SPACE + EN_EM_SPACES + ZERO_WIDTH_SPACES;
/**
 * Whitespace as a regex's \s reads it (ECMAScript WhiteSpace and LineTerminator): the ASCII
 * spaces and breaks, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and
 * U+FEFF. Not the zero-width space U+200B. test/chars.test.ts checks it against /\s/.
 */
export const WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Opening quotes, Chinese style: “ ‘ 「 『. */
export const OPENING_QUOTES = '“‘「『';
/** Closing quotes, Chinese style: ” ’ 」 』. */
export const CLOSING_QUOTES = '”’」』';
/** ASCII quotes, which open and close alike. */
export const ASCII_QUOTES = '"\'';
/** Opening parentheses, both widths. */
export const OPENING_PARENS = '（(';
/** Closing parentheses, both widths. */
export const CLOSING_PARENS = '）)';
/** 【, the opening lenticular bracket. */
export const OPENING_LENTICULAR = '【';
/** 】, the closing lenticular bracket. */
export const CLOSING_LENTICULAR = '】';
/** 《, which opens a title (书名号). */
export const OPENING_TITLE_MARK = '《';
/** 》, which closes a title. */
export const CLOSING_TITLE_MARK = '》';

// ── named compositions that several call sites share ─────────────────────────────────────

/** Where a sentence splitter cuts: 。！？!? ；; and a line break (\n). */
export const SENTENCE_BREAKS = SENTENCE_ENDS + SEMICOLONS + '\n';
/** What stays with the sentence it follows (…。” / …。）): closing quotes and parentheses. */
export const SENTENCE_CLOSERS = CLOSING_QUOTES + CLOSING_PARENS;
/** Punctuation inside a sentence that a short heading line does not have: 。；，：！？、 (both widths). */
export const SENTENCE_PUNCTUATION = SENTENCE_ENDS + SEMICOLONS + COMMAS + COLONS + ENUMERATION_COMMA;

// ── building tests from groups ───────────────────────────────────────────────────────────

const REGEX_CLASS_SPECIAL = /[\\\]^\-[]/g;

/** A regex character class `[…]` (source text) of the union of `groups`, escaped. */
export function charClass(...groups: string[]): string {
  return `[${charClassBody(...groups)}]`;
}

/** The inside of `charClass(...groups)`, to write beside ranges or escapes: `[\\s${charClassBody(COMMAS)}]`. */
export function charClassBody(...groups: string[]): string {
  return unique(groups.join('')).replace(REGEX_CLASS_SPECIAL, '\\$&');
}

/** A Set of the single characters of `groups`, for `set.has(text[i])`. */
export function charSet(...groups: string[]): ReadonlySet<string> {
  return new Set(groups.join(''));
}

/** A lookup table by char code of the characters of `groups`: `table[text.charCodeAt(i)]`. */
export function charCodeTable(...groups: string[]): Uint8Array {
  return charTable(groups.join(''));
}

/**
 * One lookup table for several classes: each char code gets the OR of the flags (bits) of
 * the groups it belongs to, `table[c] & FLAG`. One 64 KB table instead of one per class.
 */
export function charFlagTable(groups: readonly (readonly [group: string, flag: number])[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [group, flag] of groups) for (let i = 0; i < group.length; i++) table[group.charCodeAt(i)]! |= flag;
  return table;
}

/** The non-ASCII members of a group: wide(SENTENCE_ENDS) is 。！？. */
export function wide(group: string): string {
  return [...group].filter((c) => c.charCodeAt(0) > 0x7f).join('');
}

/** A group as its members read in the folded text (zh/fold.ts: ！ → !, ； → ;, 。 stays): folded(SEMICOLONS) is ;. */
export function folded(group: string): string {
  return unique([...group].map((c) => String.fromCharCode(foldCode(c.charCodeAt(0)))).join(''));
}

function unique(chars: string): string {
  return [...new Set(chars)].join('');
}
