import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWidth } from '../src/text/fold.js';
import { firstCharactersOf, leadingCharactersByAlternative, leadingCharactersOf } from '../src/text/first-character.js';
import { charTable, stickyCopy } from '../src/text/scan.js';
import { Locator } from '../src/location.js';

describe('foldWidth', () => {
  it('folds full-width ASCII and the ideographic space, one character for one', () => {
    expect(foldWidth('（一）加强，ＡＢＣ１２３：　！')).toBe('(一)加强,ABC123: !');
    expect(foldWidth('。、“”—')).toBe('。、“”—'); // not full-width ASCII
  });
  it('equals a per-character mapping on any string', () => {
    const perChar = (t: string) => [...t].map((c) => (c === '\u3000' ? ' ' : c >= '\uff01' && c <= '\uff5e' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c)).join('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('中', 'a', '，', '（', '\u3000', '～', '｟', '！', '\uff00', '😀'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(foldWidth(text)).toBe(perChar(text));
        expect(foldWidth(text).length).toBe(text.length);
      }),
    );
  });
});

describe('foldWidth on long texts', () => {
  it('folds densely full-width text (the buffered path) like sparse text', () => {
    const dense = '（（（(((（一）'.repeat(3000) + '中\ud800文，';
    const sparse = '加强教育，'.repeat(3000);
    for (const text of [dense, sparse, sparse + dense, dense + sparse]) {
      const folded = foldWidth(text);
      expect(folded.length).toBe(text.length);
      for (let i = 0; i < text.length; i += 7) {
        const c = text.charCodeAt(i);
        expect(folded.charCodeAt(i)).toBe(c === 0x3000 ? 32 : c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);
      }
    }
  });
});

describe('scan helpers', () => {
  it('charTable marks exactly the given characters', () => {
    const table = charTable('一二、');
    expect([...'一二、三a'].map((c) => table[c.charCodeAt(0)])).toEqual([1, 1, 1, 0, 0]);
  });
  it('stickyCopy matches only at lastIndex and keeps other flags', () => {
    const re = stickyCopy(/[a-z]+\d/gi);
    expect(re.flags).toBe('iy');
    re.lastIndex = 1;
    expect(re.exec('1ab2')?.[0]).toBe('ab2');
    re.lastIndex = 0;
    expect(re.exec('1ab2')).toBeNull();
  });
});

describe('Locator', () => {
  it('gives line and column like counting the breaks before the offset (\\n, \\r\\n, \\r)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '中', '\n', '\r', '\r\n'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const locator = new Locator(text);
        for (let o = 0; o <= text.length; o++) {
          const before = text.slice(0, o);
          const breaks = [...before.matchAll(/\r\n|\n|\r(?!\n)/g)];
          // an offset between \r and \n is still on the line the \r ends
          const last = breaks.at(-1);
          const lineStart = last ? last.index + last[0].length : 0;
          const inCrLf = before.endsWith('\r') && text[o] === '\n';
          if (!inCrLf) expect(locator.point(o)).toEqual({ line: breaks.length + 1, column: o - lineStart + 1, offset: o });
        }
      }),
    );
  });
});

describe('firstCharactersOf', () => {
  it('reads the first characters through alternatives, optional items, groups and lookarounds', () => {
    expect(firstCharactersOf(/(?<![0-9])(到|至)?年[底末]/)).toBe('到年至');
    expect(firstCharactersOf(/[ \t]*(?:[-–]{1,2}|至)/)).toBe('\t -–至');
    expect(firstCharactersOf(/(?:[a-c]|x)+y/)).toBe('abcx');
    expect(firstCharactersOf(/\u4e00{0,2}?(?=z)\d/)).toBe('0123456789一');
    expect(firstCharactersOf(/(?<name>\-|\\)/)).toBe('-\\');
  });
  it('refuses what it cannot enumerate, and patterns that can match nothing', () => {
    for (const re of [/.a/, /[^a]b/, /\w/, /^a/, /a?/, /(?:b|)/, /a/i]) expect(() => firstCharactersOf(re), String(re)).toThrow();
  });
  it('a match of a pattern always starts with one of them', () => {
    const samples: [RegExp, string][] = [[/[一二][〇零]{3}年|民[国國]/g, '民国一〇〇〇年 民國'], [/(?:今|本)?年(?:底|末)?/g, '今年底本年年末']];
    for (const [re, text] of samples) for (const m of text.matchAll(re)) expect(firstCharactersOf(re)).toContain(m[0][0]);
  });
});

describe('leadingCharactersByAlternative', () => {
  it('reads each top-level alternative apart: after a lookbehind, through groups, optional characters open to what follows', () => {
    expect(leadingCharactersByAlternative(/确保|(?<![年的过])努力|已(?![经])|居[^，]{1,10}(?:前列|首位)|提高到/)).toEqual([
      { first: '确', second: '保' },
      { first: '努', second: '力' },
      { first: '已', second: null }, // one character long: anything may follow
      { first: '居', second: null }, // a negated class comes second
      { first: '提', second: '高' },
    ]);
    expect(leadingCharactersByAlternative(/(?:完成|实现)了/)).toEqual([{ first: '完实', second: '成现' }]);
    // an optional or repeated character may be skipped: 增长?率 matches 增率
    expect(leadingCharactersByAlternative(/增长?率|下降/)).toEqual([{ first: '增', second: '率长' }, { first: '下', second: '降' }]);
    expect(leadingCharactersByAlternative(/下降|a+b/)).toEqual([{ first: '下', second: '降' }, { first: 'a', second: 'ab' }]);
  });
  it('is null where some alternative can start anywhere or match the empty string', () => {
    expect(leadingCharactersByAlternative(/[\u4e00-\u9fa5]了/)).toBeNull();
    expect(leadingCharactersByAlternative(/下降|/)).toBeNull();
    expect(leadingCharactersByAlternative(/下降|.了/)).toBeNull();
    expect(() => leadingCharactersByAlternative(/^下降/)).toThrow(/assertion/);
  });
  it('together they are what leadingCharactersOf reads of the whole pattern', () => {
    for (const re of [/(?:今|本)年(?:底|末)?/, /[12][0-9]{3}年|民国/, /a?b(?!x)c|de+/, /确保|已(?![经])/]) {
      const parts = leadingCharactersByAlternative(re)!;
      const chars = (s: string) => [...new Set(s)].sort().join('');
      const whole = leadingCharactersOf(re);
      expect(chars(parts.map((p) => p.first).join(''))).toBe(chars(whole.first));
      expect(parts.some((p) => p.second === null) ? null : chars(parts.map((p) => p.second).join(''))).toBe(whole.second === null ? null : chars(whole.second));
    }
  });
});

describe('leadingCharactersOf', () => {
  it('reads the characters that can come second, whatever came first', () => {
    expect(leadingCharactersOf(/(?:今|本)年(?:底|末)?/)).toEqual({ first: '今本', second: '年' });
    expect(leadingCharactersOf(/[12][0-9]{3}年/)).toEqual({ first: '12', second: '0123456789' });
    expect(leadingCharactersOf(/a?b(?!x)c|de+/)).toEqual({ first: 'abd', second: 'bce' });
    // a match may be one character long, or a class of any character may come second: any
    expect(leadingCharactersOf(/月(?:底)?/).second).toBeNull();
    expect(leadingCharactersOf(/a[^b]/).second).toBeNull();
  });
  it('a match of a pattern always has one of them second', () => {
    const samples: [RegExp, string][] = [[/(?:每|逐)(?:个)?(?:年|月)+/g, '每个年 逐月月 每年'], [/[〇零]*年[底末]/g, '〇〇年底 年末']];
    for (const [re, text] of samples) for (const m of text.matchAll(re)) expect(leadingCharactersOf(re).second).toContain(m[0][1]);
  });
});
