// .docx to text (Node-only): paragraphs via mammoth, one per line, with Word's automatic
// list numbering (一、 （一） 1. generated from numbering.xml) written out as text, so that
// the outline finds the headings a reader sees. mammoth itself drops these numbers. The
// archive is opened with our own reader (./zip.ts), which refuses zip bombs before
// anything is unpacked; mammoth reads its parts through it.
import { TigangError } from '../index.js';
import { chineseCounting, chineseDigits, circled, earthlyBranch, heavenlyStem, parenthesized, withFullStop } from '../zh/counting.js';
import { DEFAULT_ZIP_LIMITS, openZip, type ZipArchive, type ZipLimits } from './zip.js';

export interface DocxText {
  /** The document's paragraphs, one per line, list numbers included. */
  text: string;
  /** How many paragraphs got a number from Word's list numbering. */
  numberedParagraphs: number;
}

/** Reads a .docx; throws TigangError 'docx-invalid' or 'zip-bomb'. */
export async function docxToText(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<DocxText> {
  const zip = openZip(bytes, limits);
  const documentPath = mainDocumentPath(zip);
  if (!zip.has(documentPath)) throw invalid(`no ${documentPath}`);
  const utf8 = (name: string) => new TextDecoder().decode(zip.read(name));
  const numberingPath = partPath(zip, documentPath, 'numbering') ?? 'word/numbering.xml';
  const stylesPath = partPath(zip, documentPath, 'styles') ?? 'word/styles.xml';
  const numbering = zip.has(numberingPath) ? readNumbering(utf8(numberingPath)) : null;
  const styles = zip.has(stylesPath) ? readStyleNumbering(utf8(stylesPath)) : new Map<string, StyleNumbering>();
  const numbered = numbering ? numberParagraphs(utf8(documentPath), numbering, styles) : { xml: null, count: 0 };

  // mammoth reads the parts through our reader; the main document with its numbers written in
  const file = {
    exists: (name: string) => zip.has(name),
    read: async (name: string, encoding?: string) => {
      if (name === documentPath && numbered.xml !== null) return encoding ? numbered.xml : new TextEncoder().encode(numbered.xml);
      const data = zip.read(name);
      if (encoding === 'base64') return Buffer.from(data).toString('base64');
      return encoding ? new TextDecoder().decode(data) : data;
    },
  };
  let raw: string;
  try {
    // loaded on first use: a run without .docx files does not pay for mammoth's start-up
    const mammoth = (await import('mammoth')).default;
    const result = await mammoth.extractRawText({ file } as unknown as { buffer: Buffer });
    raw = result.value;
  } catch (error) {
    if (error instanceof TigangError) throw error;
    throw invalid((error as Error).message.split('\n')[0] ?? 'mammoth failed');
  }
  // mammoth ends every paragraph with a blank line; a paragraph per line is the text form
  const text = raw.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n').replace(/\n+$/, '\n');
  return { text, numberedParagraphs: numbered.count };
}

function invalid(reason: string): TigangError {
  return new TigangError('docx-invalid', { reason });
}

function xmlText(zip: ZipArchive, name: string): string | null {
  return zip.has(name) ? new TextDecoder().decode(zip.read(name)) : null;
}

/** The main document part named in _rels/.rels (word/document.xml in files Word writes). */
function mainDocumentPath(zip: ZipArchive): string {
  const rels = xmlText(zip, '_rels/.rels');
  const target = rels ? relationshipTarget(rels, 'officeDocument') : null;
  return target ? target.replace(/^\//, '') : 'word/document.xml';
}

/** A part of the main document by relationship type (numbering, styles), resolved against its folder. */
function partPath(zip: ZipArchive, documentPath: string, type: string): string | null {
  const slash = documentPath.lastIndexOf('/');
  const dir = slash >= 0 ? documentPath.slice(0, slash + 1) : '';
  const rels = xmlText(zip, `${dir}_rels/${documentPath.slice(slash + 1)}.rels`);
  const target = rels ? relationshipTarget(rels, type) : null;
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : dir + target;
}

function relationshipTarget(rels: string, type: string): string | null {
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const t = attr(m[0], 'Type');
    if (t && t.endsWith(`/${type}`)) return attr(m[0], 'Target');
  }
  return null;
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1]! : null;
}

/** The w:val of the first <w:NAME …/> in `xml`. */
function val(xml: string, name: string): string | null {
  const m = new RegExp(`<w:${name}\\b[^>]*\\sw:val="([^"]*)"`).exec(xml);
  return m ? m[1]! : null;
}

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suffix: 'tab' | 'space' | 'nothing';
  legal: boolean;
}

interface Numbering {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → its abstract numbering and the levels whose start it overrides. */
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
}

interface StyleNumbering {
  numId: string | null;
  ilvl: number | null;
  basedOn: string | null;
}

function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1]!, 'w:ilvl') ?? '0');
      const body = l[2]!;
      const suff = val(body, 'suff');
      levels.set(ilvl, {
        start: Number(val(body, 'start') ?? '1'),
        numFmt: val(body, 'numFmt') ?? 'decimal',
        lvlText: val(body, 'lvlText') ?? '',
        suffix: suff === 'space' || suff === 'nothing' ? suff : 'tab',
        legal: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(body),
      });
    }
    abstract.set(m[1]!, levels);
  }
  const nums = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = val(m[2]!, 'abstractNumId');
    if (abstractId === null) continue;
    const startOverrides = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = val(o[2]!, 'startOverride');
      if (start !== null) startOverrides.set(Number(attr(o[1]!, 'w:ilvl') ?? '0'), Number(start));
    }
    nums.set(m[1]!, { abstractId, startOverrides });
  }
  return { abstract, nums };
}

/** Paragraph styles that carry numbering (Word's 标题 1 with 一、 attached), with their base styles. */
function readStyleNumbering(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    if (attr(m[1]!, 'w:type') !== 'paragraph') continue;
    const id = attr(m[1]!, 'w:styleId');
    if (!id) continue;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2]!)?.[1] ?? '';
    const ilvl = val(numPr, 'ilvl');
    styles.set(id, { numId: val(numPr, 'numId'), ilvl: ilvl === null ? null : Number(ilvl), basedOn: val(m[2]!, 'basedOn') });
  }
  return styles;
}

function styleNumbering(styles: Map<string, StyleNumbering>, id: string | null): { numId: string | null; ilvl: number | null } {
  let numId: string | null = null;
  let ilvl: number | null = null;
  for (let s = id ? styles.get(id) : undefined, hops = 0; s && hops < 20; s = s.basedOn ? styles.get(s.basedOn) : undefined, hops++) {
    numId ??= s.numId;
    ilvl ??= s.ilvl;
  }
  return { numId, ilvl };
}

/**
 * Writes each numbered paragraph's number as a text run at its start, counting as Word
 * does: a level's counter steps at each of its paragraphs and restarts when a higher
 * level steps; lists that share an abstract numbering continue each other unless a
 * w:num restarts it (startOverride). Bullets get nothing.
 */
function numberParagraphs(xml: string, numbering: Numbering, styles: Map<string, StyleNumbering>): { xml: string; count: number } {
  const counters = new Map<string, number[]>();
  const out: string[] = [];
  let last = 0;
  let count = 0;
  // a paragraph's properties come first in it: <w:p …><w:pPr>…</w:pPr>
  for (const m of xml.matchAll(/<w:p(?:\s[^>]*)?>(\s*<w:pPr>([\s\S]*?)<\/w:pPr>)?/g)) {
    if (m[0].endsWith('/>')) continue;
    const pPr = m[2] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const fromStyle = styleNumbering(styles, val(pPr, 'pStyle'));
    const numId = (numPr ? val(numPr, 'numId') : null) ?? fromStyle.numId;
    if (numId === null || numId === '0') continue;
    const ilvlText = numPr ? val(numPr, 'ilvl') : null;
    const ilvl = ilvlText !== null ? Number(ilvlText) : fromStyle.ilvl ?? 0;
    const num = numbering.nums.get(numId);
    const levels = num ? numbering.abstract.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) continue;
    const key = num.startOverrides.size ? `num:${numId}` : `abstract:${num.abstractId}`;
    let counter = counters.get(key);
    if (!counter) counters.set(key, (counter = []));
    const startOf = (l: number) => num.startOverrides.get(l) ?? levels.get(l)?.start ?? 1;
    counter[ilvl] = counter[ilvl] === undefined ? startOf(ilvl) : counter[ilvl]! + 1;
    counter.length = ilvl + 1; // deeper levels restart
    if (level.numFmt === 'bullet' || level.numFmt === 'none') continue;
    const label = level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const n = counter![l] ?? startOf(l);
      const fmt = l === ilvl ? level : levels.get(l);
      return formatNumber(n, level.legal && l !== ilvl ? 'decimal' : fmt?.numFmt ?? 'decimal');
    });
    if (!label) continue;
    // Word separates the number from the text by a tab; after 、 ． ）the text simply follows
    const gap = level.suffix === 'nothing' || /[、．）)】〕」.。，]$/.test(label) ? '' : ' ';
    const at = m.index + m[0].length;
    out.push(xml.slice(last, at), `<w:r><w:t xml:space="preserve">${escapeXml(label + gap)}</w:t></w:r>`);
    last = at;
    count++;
  }
  out.push(xml.slice(last));
  return { xml: out.join(''), count };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A counter value in a numFmt of numbering.xml (ECMA-376 ST_NumberFormat). */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographLegalTraditional':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, true);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return chineseDigits(n);
    case 'ideographTraditional':
      return heavenlyStem(n);
    case 'ideographZodiac':
      return earthlyBranch(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return circled(n);
    case 'decimalEnclosedParen':
      return parenthesized(n);
    case 'decimalEnclosedFullstop':
      return withFullStop(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return numFmt === 'upperLetter' ? letter : letter.toLowerCase();
    }
    case 'upperRoman':
    case 'lowerRoman': {
      const roman = toRoman(n);
      return numFmt === 'upperRoman' ? roman : roman.toLowerCase();
    }
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) ((out += s), (n -= v));
  return out;
}
