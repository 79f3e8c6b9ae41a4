import type { CleanRule, RuleHit } from '../types.js';

/**
 * Pinyin-annotation mojibake: some converting sites write a Traditional character's
 * reading after it, 發(fā)展, 實現(xiàn). The pattern: a CJK character, then one pinyin
 * syllable in brackets (half- or full-width) with a tone mark or ü, which no Chinese
 * sentence writes; the bracketed syllable is deleted so that the words are whole again.
 * A bracket with plain letters ((a), (ab)) is a list label and stays.
 */
const ANNOTATION = /(?<=[\u3400-\u9fff\uf900-\ufaff])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü][a-zü]{0,5}[)）]/g;
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;

export const pinyinAnnotation: CleanRule = {
  name: 'pinyin-annotation',
  reason: 'pinyin-annotation',
  find(text) {
    if (!TONE.test(text)) return [];
    const hits: RuleHit[] = [];
    for (const m of text.matchAll(ANNOTATION)) hits.push({ start: m.index, end: m.index + m[0].length });
    return hits;
  },
};
