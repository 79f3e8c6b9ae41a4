// Builds .docx files for tests with jszip, as a word processor stores a policy text whose
// headings are Word list paragraphs: the numbers (一、 （一） 1. （1）) are NOT in the text but
// generated from numbering.xml (numFmt chineseCounting / decimal, lvlText "%1、" "（%2）"
// "%3." "（%4）"). A heading whose literal number does not follow Word's count (a restart,
// a gap, a table of contents) keeps its literal text, as a user would type it.
import JSZip from 'jszip';

const LEVELS: { pattern: RegExp; numFmt: string; lvlText: string; value: (m: RegExpExecArray) => number }[] = [
  { pattern: /^([一二三四五六七八九十]+)、/, numFmt: 'chineseCounting', lvlText: '%1、', value: (m) => chinese(m[1]!) },
  { pattern: /^（([一二三四五六七八九十]+)）/, numFmt: 'chineseCounting', lvlText: '（%2）', value: (m) => chinese(m[1]!) },
  { pattern: /^(\d{1,2})[.．](?!\d)/, numFmt: 'decimal', lvlText: '%3.', value: (m) => Number(m[1]) },
  { pattern: /^（(\d{1,2})）/, numFmt: 'decimal', lvlText: '（%4）', value: (m) => Number(m[1]) },
];

function chinese(s: string): number {
  const d = '一二三四五六七八九';
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + d.indexOf(s[1]!) + 1;
  if (s.endsWith('十')) return (d.indexOf(s[0]!) + 1) * 10;
  if (s.includes('十')) return (d.indexOf(s[0]!) + 1) * 10 + d.indexOf(s[2]!) + 1;
  return d.indexOf(s) + 1;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function paragraph(text: string, numbering?: { ilvl: number }): string {
  const pPr = numbering ? `<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${numbering.ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>` : '';
  // split the text over two runs, as Word does at a formatting change
  const cut = Math.min(4, text.length);
  const runs = [text.slice(0, cut), text.slice(cut)].filter(Boolean).map((t) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`);
  return `<w:p>${pPr}${runs.join('')}</w:p>`;
}

export interface BuiltDocx {
  bytes: Uint8Array;
  /** Paragraphs whose number Word generates. */
  numbered: number;
}

/** A .docx of a plain text, one paragraph per line, headings as Word list paragraphs. */
export async function textToDocx(text: string): Promise<BuiltDocx> {
  const counters: number[] = [];
  const paragraphs: string[] = [];
  let numbered = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    let done = false;
    for (let ilvl = 0; ilvl < LEVELS.length && !done; ilvl++) {
      const m = LEVELS[ilvl]!.pattern.exec(line);
      if (!m) continue;
      const expected = (counters[ilvl] ?? 0) + 1;
      if (LEVELS[ilvl]!.value(m) === expected && (ilvl === 0 || counters[ilvl - 1] !== undefined)) {
        counters[ilvl] = expected;
        counters.length = ilvl + 1;
        paragraphs.push(paragraph(line.slice(m[0].length), { ilvl }));
        numbered++;
        done = true;
      }
    }
    if (!done) paragraphs.push(paragraph(line));
  }
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`);
  const levels = LEVELS.map((l, ilvl) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${l.numFmt}"/><w:lvlText w:val="${l.lvlText}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`).join('');
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paragraphs.join('')}<w:sectPr/></w:body></w:document>`);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, numbered };
}

/** A .docx-named zip bomb: one entry of 20 MB of zeros (packs 1000:1). */
export async function zipBomb(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', new Uint8Array(20 * 2 ** 20));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
