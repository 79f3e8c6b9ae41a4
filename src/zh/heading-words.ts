/**
 * Words that tell where a heading's title ends when nothing else does: in a text whose line
 * breaks were lost, "一、总体要求以习近平新时代…" runs the title into its paragraph. The
 * words are data (src/zh/lexicon/heading-words.json); the outline's title rules
 * (outline/title-end.ts) read them from here.
 */
import { headingWordsLexicon } from './lexicon/packed.js';
import { flatten } from './lexicon.js';

/**
 * Whole titles that official documents use again and again for their parts (意见, 方案, 通知,
 * 预案, 规划, 讲话). A title that starts with one of them and goes on with more text right away
 * ends after it ("总体要求以习近平…" → 总体要求), unless the phrase goes on (总体要求和主要目标).
 * In the data file by purpose: what a plan is for, what is to be done, how it is carried out,
 * reports and speeches.
 */
export const HEADING_PHRASES: readonly string[] = flatten(headingWordsLexicon.headingPhrases);

/**
 * How a paragraph typically opens (after a heading whose line break was lost). Each is long
 * enough not to occur inside a heading's own words: 以习近平…为指导, 按照…要求, 根据…,
 * 到2025年, 近年来, 本预案所称…, 各地要…. One-character openers (要, 为, 以, 在) are left
 * out: they are as common inside titles (以改革为动力).
 */
export const PARAGRAPH_OPENINGS: readonly string[] = headingWordsLexicon.paragraphOpenings;

/**
 * The last word of a short heading ("试点任务", "工作进度"): a four-character title ending with
 * one of these, followed straight away by more text that does not continue the phrase, ends
 * there. Kept to nouns that end titles, not ones that go on into longer names (评估机制).
 */
export const HEADING_HEAD_NOUNS: readonly string[] = headingWordsLexicon.headingHeadNouns;

/** Characters that continue a phrase (总体要求和主要目标, 目标任务, 原则、目标): no cut before them. */
export const PHRASE_CONTINUES: string = headingWordsLexicon.phraseContinues;

/** Verbs and prepositions that make 本预案/本办法 an object inside the title (实施本预案), not an opening. */
export const TAKES_OBJECT: string = headingWordsLexicon.takesObject;

/**
 * Verbs, auxiliaries and function words after which an opening word goes on the same sentence
 * (负责根据…, 要按照…, 是围绕…): a title does not end with them.
 */
export const CONTINUES_SENTENCE: string = headingWordsLexicon.continuesSentence;

/**
 * Time words that open a paragraph with a comma after them (过去一年，… 近年来，… 当前，…): after
 * a title they start the paragraph even when the clause they open is short.
 */
export const TIME_OPENINGS: readonly string[] = headingWordsLexicon.timeOpenings;
