// Bench inputs: the real texts of fixtures/corpus and fixtures/eval, concatenated to a
// target size, and adversarial inputs made of repeated markers, brackets and digits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MB = 1_000_000; // bench sizes are in MB of UTF-8 (10^6 bytes)

export const utf8Length = (text) => Buffer.byteLength(text, 'utf8');

/** The real documents, in a fixed order (file name), as strings. */
export function realDocuments(root) {
  const docs = [];
  for (const dir of ['fixtures/corpus', 'fixtures/eval']) {
    for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith('.txt')).sort()) {
      docs.push({ name: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8').replace(/^\ufeff/, '') });
    }
  }
  return docs;
}

/** Documents repeated in order until their UTF-8 size reaches `bytes`: { docs, text, bytes }. */
export function buildInput(root, bytes) {
  const base = realDocuments(root);
  const docs = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const doc = base[k % base.length];
    docs.push(doc.text);
    size += utf8Length(doc.text) + 2;
  }
  const text = docs.join('\n\n');
  return { docs, text, bytes: utf8Length(text), distinct: base.length };
}

/** `unit` repeated until the string has `bytes` UTF-8 bytes (cut at a character boundary). */
function repeatTo(unit, bytes) {
  const buffer = Buffer.from(unit.repeat(Math.ceil(bytes / utf8Length(unit))), 'utf8');
  let end = Math.min(bytes, buffer.length);
  while (end > 0 && end < buffer.length && (buffer[end] & 0xc0) === 0x80) end--; // not inside a character
  return buffer.subarray(0, end).toString('utf8');
}

/** The repeated unit of the "real text, no line breaks" input. */
const REAL_TEXT_UNIT_BYTES = 250_000;

/** Adversarial inputs of `bytes` UTF-8 bytes each, by name. */
export function adversarialInputs(root, bytes) {
  const markers = ['一、', '（一）', '1.', '一是', '二、', '（二）', '2.', '二是', '第一章', '(1)', '①', '1.1'];
  let mixed = '';
  for (let k = 0; k < 97; k++) mixed += markers[(k * 7) % markers.length];
  // A fixed 250 kB of the real texts, repeated: every size then has the same content per byte
  // (the real texts make 1.3 MB, so a 2 MB cut would add text unlike the 1 MB one's, and
  // time(2×)/time(1×) would measure the content as well as the size).
  const oneLine = repeatTo(realDocuments(root).map((d) => d.text).join('').replace(/[\r\n]+/g, ''), REAL_TEXT_UNIT_BYTES);
  return {
    'markers, one line': repeatTo(mixed, bytes),
    'markers, one per line': repeatTo(markers.map((m) => `${m}\n`).join(''), bytes),
    'unmatched brackets': repeatTo('（（（（((((((（', bytes),
    digits: repeatTo('3141592653589793238462643383279502884197', bytes),
    'real text, no line breaks': repeatTo(oneLine, bytes),
  };
}
