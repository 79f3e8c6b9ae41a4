/**
 * A word segmenter. `cut` takes any text (a sentence, or more: implementations split
 * long input into sentences themselves) and returns its words, in order; the words
 * concatenate back to the input exactly (whitespace and punctuation are words too).
 * Numbers stay whole: "2025", "5.5", "１２００" are one word each.
 */
export interface Segmenter {
  /** 'intl' or 'nodejieba'. */
  name: string;
  cut(sentence: string): string[];
}
