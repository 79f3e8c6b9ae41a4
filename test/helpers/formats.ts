// Other forms of a plain policy text, as researchers collect them: Markdown as a PDF
// converter writes it, an HTML page as a government site serves it (head, scripts, styles,
// navigation, header and footer around the body; entities for spaces), and Big5/GBK bytes.
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';

const HEADING = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分])/;

/** Markdown: headings marked with ##, one paragraph per blank-line-separated block. */
export function textToMarkdown(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.map((l, i) => (i === 0 ? `# ${l}` : HEADING.test(l) ? `## ${l}` : l)).join('\n\n') + '\n';
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An HTML page: the text in <p>/<h2> inside site chrome that must not reach the document. */
export function textToHtml(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const body = lines
    .map((l, i) => (i === 0 ? `<h1 class="article-title">${escapeHtml(l)}</h1>` : HEADING.test(l) ? `<h2>${escapeHtml(l)}</h2>` : `<p style="text-indent:2em">&emsp;&emsp;${escapeHtml(l)}</p>`))
    .join('\n      ');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(lines[0] ?? '')}_中国政府网</title>
  <style>body { font-size: 16px } .nav a::after { content: "一、" }</style>
  <script>var page = "一、总体要求"; document.write("<p>二、重点任务</p>");</script>
</head>
<body>
  <header class="site-header"><a href="/">首页</a><span>国务院</span></header>
  <nav class="nav"><ul><li><a href="/zhengce/">政策</a></li><li><a href="/hudong/">一、互动</a></li></ul></nav>
  <div class="BreadcrumbNav">当前位置：首页 &gt; 政策 &gt; 文件</div>
  <div class="article">
    <div class="pages_content" id="UCAP-CONTENT">
      ${body}
    </div>
  </div>
  <div class="share">分享到：微信 微博</div>
  <footer><p>版权所有：中国政府网 | 一、网站声明</p></footer>
  <script src="/js/stat.js"></script>
</body>
</html>
`;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

export const encodeGbk = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'gbk'));
export const encodeGb18030 = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'gb18030'));
/** Big5 of the Traditional version (Big5 has no Simplified characters). */
export const traditional = (text: string): string => toTraditional(text);
export const encodeBig5 = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'big5'));
