import { cleanRule, matchHits } from './rule.js';

/**
 * Pinyin-annotation mojibake: some converting sites write a Traditional character's
 * reading after it, 發(fā)展, 實現(xiàn). The pattern: a CJK character, then one pinyin
 * syllable in brackets (half- or full-width) with a tone mark or ü, which no Chinese
 * sentence writes; the bracketed syllable is deleted so that the words are whole again.
 * A bracket with plain letters ((a), (ab)) is a list label and stays.
 */
const TONE_CLASS = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/.source;
const ANNOTATION = new RegExp(`(?<=[\\u3400-\\u9fff\\uf900-\\ufaff])[(（][a-zü]{0,5}${TONE_CLASS}[a-zü]{0,5}[)）]`, 'g');
/** The start of an annotation, tried (sticky) only at a bracket. */
const BRACKETED_TONE = new RegExp(`[(（][a-zü]{0,5}${TONE_CLASS}`, 'y');

export const pinyinAnnotation = cleanRule({
  name: 'pinyin-annotation',
  find(text) {
    // An annotation opens with a bracket: jumping from bracket to bracket with indexOf is
    // far cheaper than a tone-mark class tried at every character of the text.
    if (!hasBracketedTone(text)) return [];
    return matchHits(text, ANNOTATION);
  },
});

function hasBracketedTone(text: string): boolean {
  for (const bracket of ['(', '（']) {
    for (let i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1)) {
      // what follows the bracket is a-z, ü or a tone mark (all below U+01DD), or this is no annotation
      const next = text.charCodeAt(i + 1);
      if (!((next >= 0x61 && next <= 0x7a) || (next >= 0xe0 && next <= 0x1dc))) continue;
      BRACKETED_TONE.lastIndex = i;
      if (BRACKETED_TONE.test(text)) return true;
    }
  }
  return false;
}
