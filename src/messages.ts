// Message texts live apart from codes (as zod's locales do); codes and params are the
// stable contract. Made only at the edges: the CLI and the playground.
import type { ErrorParams, Issue, TigangErrorCode, WarningCode } from './issues.js';
import { enErrors, enWarnings, list, type AllParams, type Texts } from './messages-en.js';

/** Every code's English text (the two tables are apart for the bundle of `parse`: src/messages-en.ts). */
const en: Texts = { ...enErrors, ...enWarnings };

export type Locale = 'en' | 'zh';
export const LOCALES = ['en', 'zh'] as const satisfies readonly Locale[];

const zh: Texts = {
  'invalid-input': (p) => `${p.function}() 的输入应为 ${p.accepts.join(' 或 ')},实际为 ${p.received}。`,
  undecodable: (p) => `该字节序列(${p.length} 字节)无法按 ${p.encoding ?? 'UTF-8、UTF-16、GB18030 或 Big5'} 解码。`,
  'unsupported-format': (p) =>
    p.format === 'markdown' && p.supported.length > 0 && !p.supported.includes('markdown')
      ? `Markdown 输入需要 Markdown 投影模块:请从 'tigang/markdown'(或 'tigang/node')导入 parse,或传入 { markdown: projectMarkdown }。`
      : `不支持的输入格式 ${JSON.stringify(p.format)},可用:${list(p.supported)}。`,
  'file-not-found': (p) => `文件不存在:${p.path}`,
  'file-unreadable': (p) => `无法读取 ${p.path}:${p.reason}`,
  'invalid-option': (p) => `选项 ${p.option} 无效:收到 ${p.value},应为${p.expected}。`,
  'unsupported-runtime': (p) => `当前 JavaScript 运行环境不支持 ${p.feature}。`,
  'empty-input': (p) => `${p.path} 为空文件。`,
  'file-too-large': (p) => `${p.path} 大小为 ${p.size} 字节,超过上限 ${p.limit}(--max-bytes)。`,
  'zip-bomb': (p) => `已拒绝该 .docx:其${p.what}(${p.value})超出合理比例(上限 ${p.limit})。`,
  'docx-invalid': (p) => `无法读取的 .docx:${p.reason}。`,
  truncated: (p) => (p.missing === null ? '原文被网站截断。' : `原文被网站截断,缺少 ${p.missing} 字。`),
  'ordinal-gap': (p) => `标题序号从 ${p.previous} 跳到 ${p.current}(${p.marker})。`,
  'orphan-heading': (p) => `标题 ${p.marker} 缺少上级标题,已归入最近的章节。`,
  'toc-only-heading': (p) => `标题 ${p.marker} 仅见于目录。`,
  'replacement-character': (p) => `${p.count} 个字符无法解码,已替换为 U+FFFD。`,
  'unresolved-deadline': (p) => `“${p.raw}”为相对时间,文档无日期;可传入 referenceDate 解析。`,
  'markdown-fallback': (p) => `Markdown 解析失败(${p.reason}),已按纯文本处理。`,
  'empty-document': (p) => `清理后文档为空(原文 ${p.length} 字,均被删除或为空白)。`,
};

/** The message tables, by locale (exported for the test that checks both cover every code). */
export const MESSAGES: Readonly<Record<Locale, Texts>> = { en, zh };

/**
 * The human text of a warning or an error, in English or Chinese:
 * `message(warning, 'zh')`, `message(error)`. (The older form `message(code, params, locale)`
 * still works.)
 */
export function message(issue: Issue | { code: TigangErrorCode; params: ErrorParams[TigangErrorCode] }, locale?: Locale): string;
export function message<C extends WarningCode | TigangErrorCode>(code: C, params: AllParams[C], locale?: Locale): string;
export function message(first: Issue | { code: TigangErrorCode; params: ErrorParams[TigangErrorCode] } | string, second?: unknown, third?: Locale): string {
  const issue = (typeof first === 'string' ? { code: first, params: second ?? {} } : first) as { code: WarningCode | TigangErrorCode; params: never };
  const locale = (typeof first === 'string' ? third : (second as Locale | undefined)) ?? 'en';
  const table = MESSAGES[locale] ?? MESSAGES.en;
  const text = table[issue.code] as ((p: never) => string) | undefined;
  if (!text) return `${issue.code}`;
  return text(issue.params ?? ({} as never));
}
