/**
 * Policy phrases (提法) and the themes they belong to. compare() uses them as keywords that
 * count even when they occur once, and compareCorpus() builds its theme × document matrix
 * from them (occurrences per 10,000 characters). Data, not code: a theme is a name and the
 * phrases that mark it; a phrase may appear in one theme only. The words live in
 * src/zh/lexicon/policy-terms.json; this module builds the lists and sets from them once.
 */
import { policyTermsLexicon } from './lexicon/packed.js';
import { field, flatten, longestFirst } from './lexicon.js';

export const THEMES: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ field(policyTermsLexicon, 'themes');

/** Every policy phrase, longest first (so that a longer phrase wins where two overlap). */
export const POLICY_PHRASES: readonly string[] = /* @__PURE__ */ longestFirst(/* @__PURE__ */ flatten(/* @__PURE__ */ field(policyTermsLexicon, 'themes')));

/**
 * Characters that do not start or end a term: function words and particles. A repeated
 * n-gram that begins or ends with one (的发展, 推进和) is a fragment, not a term.
 */
export const TERM_EDGE_STOP: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ field(policyTermsLexicon, 'termEdgeStop'));

/**
 * Words every policy text uses on every page (verbs of doing and generic nouns): never
 * keywords of one text. The pattern: a two-character verb or noun that says a policy acts
 * (推进, 加强) or names a generic object (体系, 机制), not what it acts on.
 */
export const GENERIC_TERMS: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ field(policyTermsLexicon, 'genericTerms'));
