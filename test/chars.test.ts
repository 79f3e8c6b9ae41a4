import { describe, expect, it } from 'vitest';
import {
  COLONS,
  COMMAS,
  SEMICOLONS,
  SENTENCE_BREAKS,
  SENTENCE_ENDS,
  WHITESPACE,
  charClass,
  charClassBody,
  charCodeTable,
  charFlagTable,
  charSet,
  folded,
  wide,
} from '../src/zh/chars.js';

describe('zh/chars', () => {
  it('WHITESPACE is exactly what \\s matches, over the whole BMP', () => {
    const table = charCodeTable(WHITESPACE);
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if ((table[c] === 1) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('composes a character class with its members escaped', () => {
    const re = new RegExp(charClass(SENTENCE_ENDS, SEMICOLONS));
    for (const c of '。！？!?；;') expect(re.test(c)).toBe(true);
    for (const c of '，,：:.、') expect(re.test(c)).toBe(false);
    // ] ^ - \ are literal members, not class syntax
    const odd = new RegExp(charClass('^]-\\'));
    expect([...'^]-\\'].every((c) => odd.test(c))).toBe(true);
    expect(odd.test('a')).toBe(false);
    expect(new RegExp(`[\\s${charClassBody(COMMAS)}]`).test('，')).toBe(true);
  });

  it('wide() keeps the full-width members, folded() gives the members as the folded text has them', () => {
    expect(wide(SENTENCE_ENDS + SEMICOLONS)).toBe('。！？；');
    expect(folded(SENTENCE_ENDS + SEMICOLONS + COLONS)).toBe('。!?;:');
    expect([...charSet(folded(COMMAS))]).toEqual([',']);
  });

  it('a flag table ORs the flags of every group a character is in', () => {
    const table = charFlagTable([
      [SENTENCE_BREAKS, 1],
      [SEMICOLONS, 2],
    ]);
    expect(table['；'.charCodeAt(0)]).toBe(3);
    expect(table['。'.charCodeAt(0)]).toBe(1);
    expect(table['\n'.charCodeAt(0)]).toBe(1);
    expect(table['，'.charCodeAt(0)]).toBe(0);
  });
});
