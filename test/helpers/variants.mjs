// Metamorphic variants of a real text (issue 12, "How to make it hold beyond the files you have"):
// rewritings under which the outline, the quantities and the deadlines must stay the same (or, for
// blanked figures, come out masked at the same places). Plain JS so that both the vitest suite and
// scripts/metamorphic.mjs (which runs on dist/) use the same code.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import iconv from 'iconv-lite';

/** The .txt files of `folders`, each distinct text once (a folder such as ../shared/corpus may repeat a fixture). */
export function collectTexts(folders) {
  const seen = new Set();
  const out = [];
  for (const dir of folders) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.txt')) continue;
      const text = readFileSync(join(dir, f), 'utf8');
      const hash = createHash('sha256').update(text).digest('hex');
      if (seen.has(hash)) continue;
      seen.add(hash);
      out.push({ name: f.slice(0, -4), text });
    }
  }
  return out;
}

let toTraditional;
let toSimplified;
/** (a) Traditional characters, as HK/Taiwan sites and converting sites publish them. */
export function traditional(text) {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTraditional(text);
}
/** Back to Simplified: used only to compare titles, units and raws of variant (a) with the original's. */
export function simplified(text) {
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text);
}

/** (b) Full-width digits, Latin letters and ASCII punctuation (what some CMSs and PDF converters emit). */
export function fullWidth(text) {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** (c) The whole document on one line, with no separator at all where the line breaks were. */
export function oneLine(text) {
  return text.replace(/\s*\r?\n\s*/g, '');
}

/** (d) Hard-wrapped every `width` characters, with a `— N —` page number every `perPage` lines (PDF text). */
export function hardWrapped(text, width = 28, perPage = 30) {
  const out = [];
  let page = 1;
  let onPage = 0;
  for (const line of text.split(/\r?\n/)) {
    const pieces = line.length === 0 ? [''] : [];
    for (let i = 0; i < line.length; i += width) pieces.push(line.slice(i, i + width));
    for (const piece of pieces) {
      out.push(piece);
      if (++onPage === perPage) {
        out.push(`— ${page++} —`);
        onPage = 0;
      }
    }
  }
  return out.join('\n');
}

/**
 * (e) Markdown as PDF converters write it (MinerU, marker): every heading line a level-1 `#` line,
 * blocks separated by blank lines. `headingLineStarts` are the offsets of lines that start a heading.
 */
export function flatMarkdown(text, headingLineStarts) {
  const starts = new Set(headingLineStarts);
  const blocks = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') blocks.push(starts.has(offset) ? `# ${trimmed}` : trimmed.replace(/^([#>*+-]|\d+\.)(?=\s)/, '\\$1'));
    offset += line.length + 1;
  }
  return blocks.join('\n\n');
}

/** (f) The text encoded as GBK bytes (GB18030 covers what GBK cannot). */
export function gbk(text) {
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

/** (g) Every run of ASCII digits (with its decimal point) replaced by `mask` (`X`, `*`, or ' ' for a blank). */
export function blankedFigures(text, mask) {
  return text.replace(/\d+(?:\.\d+)?/g, mask);
}

/** Offsets of the lines on which a body heading starts (for the flat-Markdown variant). */
export function headingLineStarts(doc, text) {
  const out = [];
  const walk = (nodes) => {
    for (const n of nodes) {
      const at = n.heading?.position?.start.offset;
      if (n.origin !== 'toc' && at != null) {
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        if (text.slice(lineStart, at).trim() === '') out.push(lineStart);
      }
      walk(n.children ?? []);
    }
  };
  walk(doc.outline.children);
  return out;
}

/**
 * `text` rewritten as `variant` and parsed with `parse` (one that reads Markdown: tigang/node's),
 * with `back` (to compare Traditional output with the original's) and `masked` (variant g).
 */
export function rewrite(variant, text, base, parse) {
  switch (variant) {
    case 'traditional': return { doc: parse(traditional(text)), back: simplified };
    case 'full-width': return { doc: parse(fullWidth(text)) };
    case 'one-line': return { doc: parse(oneLine(text)) };
    case 'hard-wrapped': return { doc: parse(hardWrapped(text)) };
    case 'flat-markdown': return { doc: parse(flatMarkdown(text, headingLineStarts(base, text)), { format: 'markdown' }) };
    case 'gbk': return { doc: parse(gbk(text)) };
    case 'masked-X': return { doc: parse(blankedFigures(text, 'X')), masked: true };
    case 'masked-star': return { doc: parse(blankedFigures(text, '*')), masked: true };
    case 'masked-blank': return { doc: parse(blankedFigures(text, ' ')), masked: true };
    default: throw new Error(`unknown variant ${variant}`);
  }
}

/**
 * The outline, quantities and deadlines of `text` rewritten as `variant`, compared with those of
 * `base` (its parse). Blanking figures legitimately changes decimal heading markers (1. → X.) and
 * dated deadlines, so the masked variants (g) check the quantities only.
 */
export function compareVariant(variant, text, base, parse) {
  const { doc, back, masked } = rewrite(variant, text, base, parse);
  const same = { f1: 1, missing: [], extra: [] };
  return {
    outline: masked ? same : compareKeys(outlineKeys(base), outlineKeys(doc, back)),
    quantities: compareKeys(masked ? expectedMaskedKeys(base) : quantityKeys(base), quantityKeys(doc, back)),
    deadlines: masked ? same : compareKeys(deadlineKeys(base), deadlineKeys(doc, back)),
  };
}

export const VARIANTS = ['traditional', 'full-width', 'one-line', 'hard-wrapped', 'flat-markdown', 'gbk', 'masked-X', 'masked-star', 'masked-blank'];

// ---- what must stay the same ---------------------------------------------------------------

const half = (s) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
const key = (s, back) => [...half(back ? back(s) : s).replace(/[\s“”"'‘’《》「」_*]/g, '')].slice(0, 8).join('');

/** Body headings in reading order as `depth|marker|first 8 chars of title`, as the gold is compared. */
export function outlineKeys(doc, back) {
  const out = [];
  const walk = (nodes, depth) => {
    for (const n of nodes) {
      if (n.origin !== 'toc') out.push(`${depth}|${half(back ? back(n.marker) : n.marker).replace(/\s/g, '')}|${key(n.title ?? '', back)}`);
      walk(n.children ?? [], depth + 1);
    }
  };
  walk(doc.outline.children, 1);
  return out;
}

/** Quantities as `value|unit` (units folded like the gold: NFKC, and back to Simplified for variant a). */
export function quantityKeys(doc, back) {
  return doc.quantities.map((q) => {
    const unit = q.unit == null ? '' : half(back ? back(q.unit) : q.unit).normalize('NFKC');
    const value = q.masked ? 'masked' : [q.value, q.min, q.max, q.from, q.to].filter((v) => v != null).join('~');
    return `${value}|${unit}`;
  });
}

export function deadlineKeys(doc, back) {
  return doc.deadlines.map((d) => half(back ? back(d.raw) : d.raw).replace(/\s/g, ''));
}

/** For variant (g): quantities written with ASCII digits must come out masked, the others unchanged. */
export function expectedMaskedKeys(doc) {
  return doc.quantities.map((q) => {
    const unit = q.unit == null ? '' : half(q.unit).normalize('NFKC');
    if (/[0-9]/.test(q.raw)) return `masked|${unit}`;
    const value = q.masked ? 'masked' : [q.value, q.min, q.max, q.from, q.to].filter((v) => v != null).join('~');
    return `${value}|${unit}`;
  });
}

/** F1 of two key lists matched in order (longest common subsequence), with the first differences. */
export function compareKeys(expected, found) {
  const n = expected.length;
  const m = found.length;
  if (n === 0 && m === 0) return { f1: 1, missing: [], extra: [] };
  // LCS by rows (lists are at most a few thousand long)
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = expected[i] === found[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const missing = [];
  const extra = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === found[j]) { i++; j++; }
    else if (j < m && (i === n || dp[i][j + 1] >= dp[i + 1][j])) extra.push(found[j++]);
    else missing.push(expected[i++]);
  }
  const tp = dp[0][0];
  const p = m ? tp / m : 1;
  const r = n ? tp / n : 1;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, missing, extra };
}
