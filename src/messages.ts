import type { TigangErrorCode } from './errors.js';
import type { WarningCode } from './schema/diagnostics.js';

type Code = TigangErrorCode | WarningCode;
type Params = Record<string, unknown>;
export type Locale = 'en' | 'zh';

/** Message texts live apart from codes (as zod's locales do); codes are the stable contract. */
const texts: Record<Locale, Record<Code, (p: Params) => string>> = {
  en: {
    'invalid-input': (p) => `Expected a string, Uint8Array or ArrayBuffer, got ${String(p.type)}.`,
    undecodable: () => 'The bytes are not valid UTF-8, UTF-16, GB18030 or Big5 text.',
    'unsupported-format': (p) => `Unsupported input format: ${String(p.format)}.`,
    'file-not-found': (p) => `No such file: ${String(p.path)}`,
    'file-unreadable': (p) => `Cannot read ${String(p.path)}: ${String(p.reason)}`,
    'invalid-option': (p) => `Invalid option: ${String(p.option)}`,
    'empty-input': () => 'The input is empty.',
    'file-too-large': (p) => `The file has ${String(p.size)} bytes, more than the limit of ${String(p.limit)} (--max-bytes).`,
    'zip-bomb': (p) => `The .docx was refused: its ${String(p.what)} (${String(p.value)}) is out of proportion (limit ${String(p.limit)}).`,
    'docx-invalid': (p) => `Not a readable .docx: ${String(p.reason)}.`,
    truncated: (p) => (p.missing == null ? 'The text was cut by the site.' : `The text was cut by the site; ${String(p.missing)} characters are missing.`),
    'ordinal-gap': (p) => `Heading numbers skip from ${String(p.previous)} to ${String(p.current)}.`,
    'orphan-heading': (p) => `Heading ${String(p.marker)} has no parent in the text; it was placed under the nearest section.`,
    'toc-only-heading': (p) => `Heading ${String(p.marker)} appears only in the table of contents.`,
    'replacement-character': (p) => `${String(p.count)} characters could not be decoded and were replaced by U+FFFD.`,
    'unresolved-deadline': (p) => `"${String(p.raw)}" is relative and the document has no date; pass referenceDate to resolve it.`,
    'markdown-fallback': () => 'Markdown parsing failed; the input was read as plain text.',
    'empty-document': () => 'The document has no text after cleaning.',
  },
  zh: {
    'invalid-input': (p) => `输入应为字符串、Uint8Array 或 ArrayBuffer,实际为 ${String(p.type)}。`,
    undecodable: () => '无法按 UTF-8、UTF-16、GB18030 或 Big5 解码该字节序列。',
    'unsupported-format': (p) => `不支持的输入格式:${String(p.format)}。`,
    'file-not-found': (p) => `文件不存在:${String(p.path)}`,
    'file-unreadable': (p) => `无法读取 ${String(p.path)}:${String(p.reason)}`,
    'invalid-option': (p) => `无效选项:${String(p.option)}`,
    'empty-input': () => '输入为空。',
    'file-too-large': (p) => `文件大小 ${String(p.size)} 字节,超过上限 ${String(p.limit)}(--max-bytes)。`,
    'zip-bomb': (p) => `已拒绝该 .docx:其${String(p.what)}(${String(p.value)})超出合理比例(上限 ${String(p.limit)})。`,
    'docx-invalid': (p) => `无法读取的 .docx:${String(p.reason)}。`,
    truncated: (p) => (p.missing == null ? '原文被网站截断。' : `原文被网站截断,缺少 ${String(p.missing)} 字。`),
    'ordinal-gap': (p) => `标题序号从 ${String(p.previous)} 跳到 ${String(p.current)}。`,
    'orphan-heading': (p) => `标题 ${String(p.marker)} 缺少上级标题,已归入最近的章节。`,
    'toc-only-heading': (p) => `标题 ${String(p.marker)} 仅见于目录。`,
    'replacement-character': (p) => `${String(p.count)} 个字符无法解码,已替换为 U+FFFD。`,
    'unresolved-deadline': (p) => `“${String(p.raw)}”为相对时间,文档无日期;可传入 referenceDate 解析。`,
    'markdown-fallback': () => 'Markdown 解析失败,已按纯文本处理。',
    'empty-document': () => '清理后文档为空。',
  },
};

export function message(code: Code, params: Params = {}, locale: Locale = 'en'): string {
  return texts[locale][code](params);
}
