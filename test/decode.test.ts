// decode(): bytes to text. The GB18030 fixtures were made with iconv (Node has no GBK
// encoder); see fixtures/clean/README.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/index.js';
import { isTigangError } from '../src/errors.js';

const FIXTURES = new URL('../fixtures/clean/', import.meta.url).pathname;
const SPEECH = '在市教育高质量发展工作会议上的讲话\n同志们：\n今天，我们召开全市教育工作会议。一、总体要求\n到2025年，新建学校3所，投入资金1.2亿元。\n';
const ASCII_HEAVY = 'Section 1. 2025-2030: GDP +5%\r\n一、总体要求\r\n';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => {
  const le = utf16le(s);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
};
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe('decode', () => {
  it('UTF-8 without BOM', () => {
    expect(decode(utf8(SPEECH))).toEqual({ text: SPEECH, encoding: 'utf-8', replacements: 0 });
  });

  it('UTF-8 with BOM: the BOM is dropped', () => {
    const d = decode(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(SPEECH)));
    expect(d).toEqual({ text: SPEECH, encoding: 'utf-8', replacements: 0 });
  });

  it('accepts an ArrayBuffer', () => {
    const bytes = utf8(SPEECH);
    expect(decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)).text).toBe(SPEECH);
  });

  it('UTF-16LE and UTF-16BE with BOM', () => {
    expect(decode(concat(new Uint8Array([0xff, 0xfe]), utf16le(SPEECH)))).toEqual({ text: SPEECH, encoding: 'utf-16le', replacements: 0 });
    expect(decode(concat(new Uint8Array([0xfe, 0xff]), utf16be(SPEECH)))).toEqual({ text: SPEECH, encoding: 'utf-16be', replacements: 0 });
  });

  it('UTF-16 without BOM, all-Chinese text (no zero bytes to go by)', () => {
    // too few zero bytes (newlines and digits only) for the ASCII-based guess
    const le = utf16le(SPEECH);
    const zeros = le.filter((b, i) => i % 2 === 1 && b === 0).length;
    expect(zeros / (le.length / 2)).toBeLessThan(0.2);
    expect(decode(utf16le(SPEECH))).toMatchObject({ text: SPEECH, encoding: 'utf-16le' });
    expect(decode(utf16be(SPEECH))).toMatchObject({ text: SPEECH, encoding: 'utf-16be' });
  });

  it('UTF-16 without BOM, mostly ASCII (zero bytes in one column)', () => {
    expect(decode(utf16le(ASCII_HEAVY))).toMatchObject({ text: ASCII_HEAVY, encoding: 'utf-16le' });
    expect(decode(utf16be(ASCII_HEAVY))).toMatchObject({ text: ASCII_HEAVY, encoding: 'utf-16be' });
  });

  it('GBK/GB18030 (bytes made with iconv)', () => {
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}speech.gb18030.txt`));
    expect(bytes.length).toBeLessThan(utf8(SPEECH).length); // two bytes per character, not three
    expect(decode(bytes)).toEqual({ text: SPEECH, encoding: 'gb18030', replacements: 0 });
  });

  it('GB18030 four-byte sequences (characters GBK lacks)', () => {
    const d = decode(new Uint8Array(readFileSync(`${FIXTURES}four-byte.gb18030.txt`)));
    expect(d).toEqual({ text: '通知\n人名用字：䶮、㐀，已列入标准。\n', encoding: 'gb18030', replacements: 0 });
  });

  it('a string: BOM dropped, replacement characters counted', () => {
    expect(decode('\ufeff同志们：')).toEqual({ text: '同志们：', encoding: 'string', replacements: 0 });
    expect(decode('教育\ufffd\ufffd发展').replacements).toBe(2);
  });

  it('empty input is empty text', () => {
    expect(decode(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', replacements: 0 });
  });

  it.each([
    ['invalid in every encoding', new Uint8Array([0xff, 0xff, 0x81, 0xff, 0xff, 0xff, 0x81, 0xff])],
    ['control bytes that GB18030 would "decode"', new Uint8Array([0x80, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x80, 0x08])],
    ['a UTF-8 BOM before invalid bytes', new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28, 0xff])],
    ['a UTF-16LE BOM before an unpaired surrogate', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])],
  ])('undecodable: %s → TigangError "undecodable"', (_name, bytes) => {
    let error: unknown;
    try {
      decode(bytes);
    } catch (e) {
      error = e;
    }
    expect(isTigangError(error)).toBe(true);
    expect((error as { code: string }).code).toBe('undecodable');
  });
});
