// Input formats and encodings: Big5 beside GBK/GB18030 (real texts re-encoded with
// iconv-lite), HTML pages projected to text with an offset map into the HTML, .docx with
// Word's list numbering, and the ZIP limits that refuse zip bombs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decode, outlineToText } from '../src/index.js';
import { parse, projectHtml } from '../src/node.js';
import { docxToText, formatNumber, openZip, parseBytes } from '../src/node.js';
import { textToDocx, zipBomb } from './helpers/docx.js';
import { encodeBig5, encodeGb18030, encodeGbk, traditional } from './helpers/formats.js';

const root = join(import.meta.dirname, '..');
const corpus = readdirSync(join(root, 'fixtures/corpus')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'fixtures/corpus', f), 'utf8'));
/** Text from the body (past any ASCII page chrome), `n` characters. */
const excerpt = (text: string, n: number) => {
  const start = Math.max(0, text.search(/[\u4e00-\u9fff]{8}/));
  return text.slice(start, start + n);
};

describe('decode: GBK/GB18030 or Big5', () => {
  it.each([30, 120, 2000])('real texts, %i characters: GBK and GB18030 read as gb18030, Big5 (Traditional) as big5', (n) => {
    const wrong: string[] = [];
    for (const [i, text] of corpus.entries()) {
      const simplified = excerpt(text, n);
      const trad = traditional(simplified);
      const cases: [Uint8Array, string, string][] = [
        [encodeGbk(simplified), 'gb18030', 'gbk'],
        [encodeGb18030(trad), 'gb18030', 'gb18030 traditional'],
        [encodeBig5(trad), 'big5', 'big5'],
      ];
      for (const [bytes, encoding, label] of cases) {
        const d = decode(bytes);
        if (d.encoding !== encoding) wrong.push(`${i} ${label}: ${d.encoding}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('decodes Big5 to the Traditional text', () => {
    const trad = traditional(excerpt(corpus[0]!, 500));
    const bytes = encodeBig5(trad);
    expect(decode(bytes).text).toBe(new TextDecoder('big5').decode(bytes));
  });

  it('a UTF-8 file cut inside its last character: UTF-8, one replacement', () => {
    const bytes = new TextEncoder().encode('一、总体要求\n到2025年，新建学校3所。');
    const d = decode(bytes.subarray(0, bytes.length - 2));
    expect(d).toMatchObject({ encoding: 'utf-8', replacements: 1 });
    expect(d.text.startsWith('一、总体要求')).toBe(true);
  });
});

describe('projectHtml', () => {
  const html = `<html><head><title>站点标题</title><style>p{}</style></head><body>
<nav><a>首页</a> &gt; <a>政策</a></nav>
<header>中国政府网</header>
<div class="main"><h1>关于推进&nbsp;教育&amp;科技的意见</h1>
<p>&emsp;&emsp;一、总体要求</p><p>到2025年，新建学校<b>3所</b>，
   投入资金1.2亿元。</p>
<table><tr><td>索引号：</td><td>000014349</td></tr></table>
<ul><li>（一）加强领导。</li></ul>
<table><tr><td>附表</td><td>第一列</td></tr></table>
<div style="display:none">二、隐藏内容</div>
<div class="share-box">分享到</div>
<script>document.write('三、脚本');</script></div>
<footer>版权所有</footer></body></html>`;
  const p = projectHtml(html);

  it('keeps the body text, one block per line (cells tab-separated), without chrome, scripts, styles, hidden elements or the record table', () => {
    expect(p.text.split('\n')).toEqual(['关于推进 教育&科技的意见', '一、总体要求', '到2025年，新建学校3所， 投入资金1.2亿元。', '（一）加强领导。', '附表\t第一列']);
    expect(p.removed.map((r) => r.text.slice(0, 7))).toEqual(['<head><', '<nav><a', '<header', '索引号： 00', '<div st', '<div cl', '<script', '<footer']);
  });

  it('maps every character back into the HTML source', () => {
    for (let i = 0; i < p.text.length; i++) {
      const ch = p.text[i]!;
      const at = p.map.toSource(i);
      if (ch === '\n' || ch === '\t') continue; // between blocks: at the tag of the next block
      if (ch === ' ') expect(/[\s&]/.test(html[at]!)).toBe(true);
      else if (ch === '&') expect(html.slice(at, at + 5)).toBe('&amp;');
      else expect(html[at]).toBe(ch);
    }
    const q = p.text.indexOf('1.2亿元');
    expect(html.slice(p.map.toSource(q), p.map.toSourceEnd(q + 5))).toBe('1.2亿元');
  });

  it('gives headings and list items as hints', () => {
    expect(p.hints.map((h) => [h.kind, p.text.slice(h.start, h.end)])).toEqual([
      ['heading', '关于推进 教育&科技的意见'],
      ['list-item', '（一）加强领导。'],
    ]);
  });

  it('parse(format html): positions into the HTML, the outline of the body', () => {
    const doc = parse(html, { format: 'html' });
    expect(doc.source.format).toBe('html');
    expect(outlineToText(doc.outline)).toContain('一、 总体要求');
    expect(outlineToText(doc.outline)).not.toMatch(/隐藏|脚本/);
    const q = doc.quantities.find((x) => x.raw === '1.2亿元')!;
    expect(html.slice(q.position.start.offset, q.position.end.offset)).toBe('1.2亿元');
  });
});

describe('docx', () => {
  it('formats counters as Word numFmts do', () => {
    expect([1, 10, 11, 20, 23, 105, 110].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十三', '一百零五', '一百一十']);
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
  });

  it('writes Word list numbers (%1、 （%2） %3. （%4）) as heading markers, restarting sub-levels', async () => {
    const text = '关于加强工作的通知\n一、总体要求\n（一）指导思想\n1.坚持原则\n2.明确目标\n（二）基本原则\n1.统筹推进\n二、重点任务\n（一）加强建设\n';
    const built = await textToDocx(text);
    expect(built.numbered).toBe(8);
    const { text: out, numberedParagraphs } = await docxToText(built.bytes);
    expect(numberedParagraphs).toBe(8);
    expect(out).toBe(text);
  });

  it('numbering from paragraph styles (标题 1 with numPr in styles.xml) and a restarted list (startOverride)', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document ${W}><w:body>
      <w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>
      <w:p><w:r><w:t>正文。</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>重点任务</w:t></w:r></w:p>
      <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>其一</w:t></w:r></w:p>
      <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>重新编号</w:t></w:r></w:p>
      <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr><w:r><w:t>要点</w:t></w:r></w:p>
    </w:body></w:document>`);
    zip.file('word/styles.xml', `<w:styles ${W}><w:style w:type="paragraph" w:styleId="H1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`);
    zip.file('word/numbering.xml', `<w:numbering ${W}>
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
    </w:numbering>`);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const { text } = await docxToText(bytes);
    expect(text).toBe('一、总体要求\n正文。\n二、重点任务\n1.其一\n5.重新编号\n要点\n');
  });

  it('parseBytes(format docx): the outline of the text version', async () => {
    const text = readFileSync(join(root, 'fixtures/corpus/notice-2019-vocational-education-reform.txt'), 'utf8');
    const doc = await parseBytes((await textToDocx(text)).bytes, { format: 'docx', path: 'x.docx' });
    expect(doc.source).toMatchObject({ format: 'docx', path: 'x.docx' });
    expect(outlineToText(doc.outline)).toBe(outlineToText(parse(text).outline));
  });

  it('refuses zip bombs from the directory, before unpacking', async () => {
    await expect(docxToText(await zipBomb())).rejects.toMatchObject({ code: 'zip-bomb' });
    const many = new JSZip();
    for (let i = 0; i < 60; i++) many.file(`f${i}.xml`, 'x');
    const bytes = await many.generateAsync({ type: 'uint8array' });
    expect(() => openZip(bytes, { maxEntries: 50, maxUnpackedBytes: 1e9, maxRatio: 100 })).toThrow(expect.objectContaining({ code: 'zip-bomb' }));
    expect(() => openZip(bytes, { maxEntries: 100, maxUnpackedBytes: 10, maxRatio: 100 })).toThrow(expect.objectContaining({ code: 'zip-bomb' }));
  });

  it('an entry whose header understates its size is cut off while inflating', async () => {
    const zip = new JSZip();
    zip.file('document.xml', 'x'.repeat(100_000)); // at the root: the directory's first entry
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // rewrite the stated size in the central directory to 10 bytes
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = bytes.length - 22;
    while (view.getUint32(at, true) !== 0x06054b50) at--;
    const dir = view.getUint32(at + 16, true);
    view.setUint32(dir + 24, 10, true);
    const archive = openZip(bytes);
    expect(() => archive.read('document.xml')).toThrow(expect.objectContaining({ code: 'zip-bomb' }));
  });

  it('not a ZIP: docx-invalid', async () => {
    await expect(docxToText(new TextEncoder().encode('plain text'))).rejects.toMatchObject({ code: 'docx-invalid' });
  });
});
