/**
 * The words around a number that the quantity extractor reads: comparators, change verbs,
 * the words before a numeral that make it part of a word or a session's name, the slogan
 * tails and the idioms. Data in src/zh/lexicon/quantity-words.json (each list one string of
 * space-separated words), typed here; context.ts and filters.ts build their patterns from them.
 */
import type { Comparator } from '../../schema/extraction.js';
import { spaced } from '../../zh/lexicon.js';
import { quantityWordsLexicon as lexicon } from '../../zh/lexicon/packed.js';

/** A comparator word and what it gives (approximate: 约, 近, 左右). */
export interface ComparatorWord {
  word: string;
  comparator: Comparator;
  approximate: boolean;
}

/** The words of `groups` (comparator → space-separated words), in the file's order, with their comparator. */
function comparatorWords(groups: Readonly<Record<string, string>>): ComparatorWord[] {
  return Object.entries(groups).flatMap(([comparator, words]) =>
    spaced(words).map((word) => ({ word, comparator: comparator as Comparator, approximate: comparator === 'approx' })),
  );
}

/**
 * Comparators right before the number (至少, 不超过, 约, ≥). Order decides only between two
 * words that end at the text's end from the same place (约为 and 约 + the link 为): the first wins.
 */
export const COMPARATORS_BEFORE: readonly ComparatorWord[] = comparatorWords(lexicon.comparatorsBefore);
/** The words allowed between a comparator and the number (不低于达到…, 超过了). */
export const COMPARATOR_LINKS: readonly string[] = spaced(lexicon.comparatorLinks);
/** Comparators that bind across a short verb phrase (至少开辟1块); 力争 is dropped from 力争超过 to find its comparator. */
export const LOOSE_COMPARATORS: readonly string[] = spaced(lexicon.looseComparators);
/** Comparators right after the unit (以上, 以内, 左右); no word starts another. */
export const COMPARATORS_AFTER: readonly ComparatorWord[] = comparatorWords(lexicon.comparatorsAfter);

/** Change verbs before a number: increase and decrease (降幅/减幅 name a decrease), then the one-character verbs, then 至/到/为 (提高到). */
export const INCREASE_VERBS: readonly string[] = spaced(lexicon.changeVerbs.increase);
export const DECREASE_VERBS: readonly string[] = spaced(lexicon.changeVerbs.decrease);
export const SHORT_INCREASE_VERBS: readonly string[] = spaced(lexicon.changeVerbs.increaseShort);
export const SHORT_DECREASE_VERBS: readonly string[] = spaced(lexicon.changeVerbs.decreaseShort);
export const CHANGE_TO: readonly string[] = spaced(lexicon.changeVerbs.to);

/** The verbs between the two amounts of a change from one to another, before 至/到 (从39个拓展到91个, 由4.16万亿元增加到5.67万亿元). */
export const FROM_TO_VERBS: readonly string[] = spaced(lexicon.fromToVerbs);

/** Characters and words before a Chinese numeral that make it part of a word (第三, 初二, 周三, 统一, 唯一). */
export const WORD_BEFORE_NUMERAL: readonly string[] = spaced(lexicon.wordBeforeNumeral);
/** Words before a session ordinal: 十四届全国人大三次会议, 二十届三中全会. */
export const SESSION_WORDS: readonly string[] = spaced(lexicon.sessionBefore);

/**
 * Slogans and names built as numeral + 个/项/位 + word: 四个意识, 两个维护, 八项规定,
 * 五位一体. When one of these words follows the measure word, the phrase is a name,
 * not a count.
 */
export const SLOGAN_TAILS: readonly string[] = spaced(lexicon.sloganTails);

/**
 * Phrases that contain a numeral and a measure word but are idioms or names; matched
 * against the text at the numeral's start (in this order: the first that matches at a place wins).
 */
export const IDIOMS: readonly string[] = spaced(lexicon.idioms);
