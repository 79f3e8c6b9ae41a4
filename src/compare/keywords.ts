// Keywords from character n-grams and policy phrases, without a word segmenter: a term is a
// repeated run of 2–8 Han characters that does not begin or end with a function word and is
// not just part of a longer repeated run (学立德树人 → 立德树人 when both occur as often).
// Policy phrases (src/zh/policy-terms.ts) count from their first occurrence.
import { GENERIC_TERMS, POLICY_PHRASES, TERM_EDGE_STOP, THEMES } from '../zh/policy-terms.js';
import { FORMULAIC_PHRASES } from '../zh/slogans.js';
import type { Keyword, ThemeScore } from '../schema/compare.js';
import type { Segmenter } from '../segment/types.js';

const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** Runs of Han characters (the units n-grams are taken from: no n-gram spans punctuation). */
export function hanRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHan(text.charCodeAt(i));
    if (han && start < 0) start = i;
    else if (!han && start >= 0) {
      if (i - start >= 2) runs.push(text.slice(start, i));
      start = -1;
    }
  }
  return runs;
}

const MIN_N = 2;
const MAX_N = 7;

let parts: Set<string> | null = null;

/** Every substring (2+ characters) of the formulaic phrases: parts of 套话 are not keywords. */
function formulaicParts(): Set<string> {
  if (parts) return parts;
  parts = new Set();
  for (const f of FORMULAIC_PHRASES) for (let i = 0; i < f.length; i++) for (let j = i + 2; j <= f.length; j++) parts.add(f.slice(i, j));
  return parts;
}

/**
 * Counts of the REPEATED n-grams (2..maxN Han characters, count ≥ 2) of a text, level by level:
 * an n-gram can repeat only if both its (n−1)-grams do, so each level looks only at the
 * positions that survived the one before (most n-grams of a text occur once). N-grams are
 * counted by a 53-bit hash (two 32-bit rolling hashes); strings are made for repeats only.
 */
export function nGramCounts(text: string, maxN = MAX_N): Map<string, number> {
  const joined = hanRuns(text).join('\u0000');
  const L = joined.length;
  const out = new Map<string, number>();
  if (L < 2) return out;
  const h1 = new Uint32Array(L);
  const h2 = new Uint32Array(L);
  let alive = new Uint8Array(L);
  for (let i = 0; i < L; i++) {
    const c = joined.charCodeAt(i);
    h1[i] = c;
    h2[i] = Math.imul(c, 0x9e3779b1) >>> 0;
    alive[i] = c === 0 ? 0 : 1;
  }
  let aliveCount = L;
  for (let n = 2; n <= maxN; n++) {
    const counts = new PairCounter(aliveCount);
    const next = new Uint8Array(L);
    const slot = new Int32Array(L);
    let any = false;
    for (let i = 0; i + n <= L; i++) {
      if (!alive[i] || !alive[i + 1]) continue;
      const c = joined.charCodeAt(i + n - 1);
      if (c === 0) continue;
      // extend the (n−1)-gram hashes at i by one character
      h1[i] = (Math.imul(h1[i]!, 0x01000193) + c) >>> 0;
      h2[i] = (Math.imul(h2[i]! ^ c, 0x85ebca6b) + 0x27d4eb2f) >>> 0;
      slot[i] = counts.add(h1[i]!, h2[i]!);
      next[i] = 1;
    }
    // one string per repeated n-gram (at its first position), none for the rest
    const made = new Uint8Array(counts.count.length);
    aliveCount = 0;
    for (let i = 0; i + n <= L; i++) {
      if (!next[i]) continue;
      const k = slot[i]!;
      const c = counts.count[k]!;
      if (c < 2) {
        next[i] = 0;
        continue;
      }
      any = true;
      aliveCount++;
      if (made[k]) continue;
      made[k] = 1;
      out.set(joined.slice(i, i + n), c);
    }
    alive = next;
    if (!any) break;
  }
  return out;
}

/** Open-addressing counter keyed by two 32-bit hashes (typed arrays: no Map, no boxed keys). */
class PairCounter {
  readonly k1: Uint32Array;
  readonly k2: Uint32Array;
  readonly count: Int32Array;
  readonly mask: number;
  constructor(maxKeys: number) {
    let cap = 16;
    while (cap < maxKeys * 2) cap *= 2;
    this.k1 = new Uint32Array(cap);
    this.k2 = new Uint32Array(cap);
    this.count = new Int32Array(cap);
    this.mask = cap - 1;
  }
  /** Counts one occurrence; returns the slot of the key. */
  add(a: number, b: number): number {
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & this.mask;
    for (;;) {
      if (this.count[i] === 0) {
        this.k1[i] = a;
        this.k2[i] = b;
        this.count[i] = 1;
        return i;
      }
      if (this.k1[i] === a && this.k2[i] === b) {
        this.count[i]!++;
        return i;
      }
      i = (i + 1) & this.mask;
    }
  }
}

/** Number of non-overlapping occurrences of `term` in `text`. */
export function occurrences(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
  return n;
}


/**
 * Keywords of a (folded) text: repeated n-grams, substring-suppressed, plus the policy phrases
 * found. Score: count × length weight, phrases boosted; formulaic phrases are left out.
 */
export function extractKeywords(text: string, limit = 20, minCount = 2): Keyword[] {
  const counts = nGramCounts(text);
  const candidates: { term: string; count: number }[] = [];
  for (const [term, count] of counts) {
    if (count < minCount || term.length < 2) continue;
    if (TERM_EDGE_STOP.has(term[0]!) || TERM_EDGE_STOP.has(term[term.length - 1]!)) continue;
    // 一是优化, 二要强化: a list marker, not part of a term
    if (/^[一二三四五六七八九十][是要]/.test(term)) continue;
    candidates.push({ term, count });
  }
  // substring suppression: drop a term when a longer kept term holding it occurs nearly as
  // often (立德树人 kept, 德树人 dropped). Each kept term records its substrings once.
  candidates.sort((x, y) => y.term.length - x.term.length || y.count - x.count);
  // coverage flows down through the two (n−1)-character parts of each candidate, so every
  // substring learns the count of the longest kept term around it (two Map updates per term)
  const coveredBy = new Map<string, number>();
  const kept: { term: string; count: number }[] = [];
  for (const c of candidates) {
    const cover = coveredBy.get(c.term) ?? 0;
    const suppressed = cover >= c.count * 0.8;
    if (!suppressed) kept.push(c);
    const down = suppressed ? cover : Math.max(cover, c.count);
    if (c.term.length > 2) {
      for (const sub of [c.term.slice(1), c.term.slice(0, -1)]) if ((coveredBy.get(sub) ?? 0) < down) coveredBy.set(sub, down);
    }
  }
  // a longer term is dropped again when it is only a shorter kept term plus a fragment: keep maximal, repeated ones
  const out: Keyword[] = [];
  const seen = new Set<string>();
  for (const phrase of POLICY_PHRASES) {
    const count = occurrences(text, phrase);
    if (count === 0) continue;
    seen.add(phrase);
    out.push({ term: phrase, count, score: count * (phrase.length - 1) * 1.5, phrase: true });
  }
  for (const k of kept) {
    if (seen.has(k.term) || GENERIC_TERMS.has(k.term) || formulaicParts().has(k.term)) continue;
    // 7-grams only cover their parts: windows of a repeated sentence are not terms
    if (k.term.length > 6) continue;
    out.push({ term: k.term, count: k.count, score: k.count * (Math.min(k.term.length, 6) - 1), phrase: false });
  }
  out.sort((x, y) => y.score - x.score || y.term.length - x.term.length);
  // drop a term contained in a better-scored kept term
  const result: Keyword[] = [];
  for (const k of out) {
    if (result.some((r) => r.term.includes(k.term) && r.count >= k.count)) continue;
    result.push({ ...k, score: Math.round(k.score * 100) / 100 });
    if (result.length >= limit) break;
  }
  return result;
}

/** Theme scores of a (folded) text: occurrences of each theme's phrases per 10,000 characters. */
export function themeScores(text: string): ThemeScore[] {
  const length = Math.max(1, text.length);
  const out: ThemeScore[] = [];
  for (const [theme, phrases] of Object.entries(THEMES)) {
    let n = 0;
    const terms: string[] = [];
    for (const p of phrases) {
      const c = occurrences(text, p);
      if (c > 0) {
        n += c;
        terms.push(p);
      }
    }
    if (n > 0) out.push({ theme, score: Math.round((n * 10000 * 100) / length) / 100, terms });
  }
  return out.sort((x, y) => y.score - x.score);
}

/** Theme names in a fixed order (the theme × document matrix's columns). Marked pure: a bundle of parse alone drops it. */
export const THEME_NAMES: readonly string[] = /* @__PURE__ */ Object.keys(THEMES);

/** Terms (the documents' candidate keywords and policy phrases) that two section bodies share, best first. */
export function sharedTerms(a: string, b: string, candidates: readonly Keyword[], limit = 8): string[] {
  const out: string[] = [];
  for (const k of candidates) {
    if (!a.includes(k.term) || !b.includes(k.term)) continue;
    if (out.some((o) => o.includes(k.term))) continue;
    out.push(k.term);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Keeps the keywords that are whole words where they first occur (a segmenter is used only
 * here, where words are shown to people): 育人体 is cut, 育人体系 kept. Policy phrases stay.
 * The segmenter sees only the sentence around each first occurrence.
 */
export function snapToWords(keywords: readonly Keyword[], text: string, segmenter: Segmenter): Keyword[] {
  return keywords.filter((k) => {
    if (k.phrase) return true;
    const at = text.indexOf(k.term);
    if (at < 0) return false;
    let s = at;
    while (s > 0 && at - s < 200 && !/[。！？；\n]/.test(text[s - 1]!)) s--;
    let e = at + k.term.length;
    while (e < text.length && e - at < 200 && !/[。！？；\n]/.test(text[e]!)) e++;
    const bounds = new Set<number>([s]);
    let o = s;
    for (const w of segmenter.cut(text.slice(s, e))) bounds.add((o += w.length));
    return bounds.has(at) && bounds.has(at + k.term.length);
  });
}

/**
 * Keywords of each section from the document's own candidate terms (counted in the section
 * body with indexOf), so that n-grams are counted once per document, not once per section.
 */
export function sectionKeywords(body: string, candidates: readonly Keyword[], limit: number): string[] {
  const scored: { term: string; score: number }[] = [];
  for (const k of candidates) {
    const n = occurrences(body, k.term);
    if (n > 0) scored.push({ term: k.term, score: n * (Math.min(k.term.length, 6) - 1) * (k.phrase ? 1.5 : 1) });
  }
  scored.sort((x, y) => y.score - x.score);
  const out: string[] = [];
  for (const s of scored) {
    if (out.some((o) => o.includes(s.term))) continue;
    out.push(s.term);
    if (out.length >= limit) break;
  }
  return out;
}
