/**
 * Helpers of the lexicon loaders (src/zh/*.ts over src/zh/lexicon/*.json). The loaders call
 * them under a PURE annotation, so that a bundle which does not use a list (the browser
 * bundle of `parse` and compare's lexicons) drops the list and its data file.
 */

/** The words of a data file's groups, in the file's order: { "group": ["a", "b"], … } → ["a", "b", …]. */
export function flatten(groups: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.values(groups).flat();
}

/** The distinct words, longest first (a longer phrase wins where two overlap); stable among equal lengths. */
export function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/**
 * `lexicon[key]`, as a call a loader can mark PURE: a bundler keeps a plain property read
 * (it might run a getter), and with it the whole lexicon, even where nothing uses the result.
 */
export function field<T, K extends keyof T>(lexicon: T, key: K): T[K] {
  return lexicon[key];
}

/** The words of a list written as one string, separated by single spaces ("以上 以下 左右"): a lexicon's compact form. */
export function spaced(words: string): string[] {
  return words.split(' ');
}
