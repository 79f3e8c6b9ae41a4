#!/usr/bin/env node
// Runs the metamorphic variants (test/helpers/variants.mjs) of every real text we have and reports,
// per variant, how many texts keep the same outline, quantities and deadlines as the original.
//   node scripts/metamorphic.mjs [--json FILE] [--verbose] [--variant NAME] [DIR…]
// Default texts: fixtures/eval, fixtures/corpus and ../shared/corpus (deduplicated by content).
// Runs on the built library (dist/): `npm run build` first.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as V from '../test/helpers/variants.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? null : args.splice(i, 2)[1];
};
const jsonOut = flag('--json');
const only = flag('--variant');
const verbose = args.includes('--verbose');
const dirs = args.filter((a) => !a.startsWith('--'));

const { parse } = await import(join(root, 'dist/node.js'));

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

const texts = collectTexts(dirs.length ? dirs : [join(root, 'fixtures/eval'), join(root, 'fixtures/corpus'), join(root, '../shared/corpus')]);

/** Offsets of the lines on which a body heading starts (for the flat-Markdown variant). */
function headingLineStarts(doc, text) {
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

function run(variant, text, base) {
  switch (variant) {
    case 'traditional': return { doc: parse(V.traditional(text)), back: V.simplified };
    case 'full-width': return { doc: parse(V.fullWidth(text)) };
    case 'one-line': return { doc: parse(V.oneLine(text)) };
    case 'hard-wrapped': return { doc: parse(V.hardWrapped(text)) };
    case 'flat-markdown': return { doc: parse(V.flatMarkdown(text, headingLineStarts(base, text)), { format: 'markdown' }) };
    case 'gbk': return { doc: parse(V.gbk(text)) };
    case 'masked-X': return { doc: parse(V.blankedFigures(text, 'X')), masked: true };
    case 'masked-star': return { doc: parse(V.blankedFigures(text, '*')), masked: true };
    case 'masked-blank': return { doc: parse(V.blankedFigures(text, ' ')), masked: true };
    default: throw new Error(`unknown variant ${variant}`);
  }
}

const variants = only ? [only] : V.VARIANTS;
const report = {};
for (const variant of variants) {
  const rows = [];
  for (const { name, text } of texts) {
    const base = parse(text);
    let row;
    try {
      const { doc, back, masked } = run(variant, text, base);
      // blanking figures legitimately changes decimal heading markers (1. → X.) and dated deadlines,
      // so the masked variants (g) check the quantities only
      const same = { f1: 1, missing: [], extra: [] };
      const outline = masked ? same : V.compareKeys(V.outlineKeys(base), V.outlineKeys(doc, back));
      const quantities = V.compareKeys(masked ? V.expectedMaskedKeys(base) : V.quantityKeys(base), V.quantityKeys(doc, back));
      const deadlines = masked ? same : V.compareKeys(V.deadlineKeys(base), V.deadlineKeys(doc, back));
      row = { name, outline, quantities, deadlines, pass: outline.f1 === 1 && quantities.f1 === 1 && deadlines.f1 === 1 };
    } catch (error) {
      row = { name, error: String(error?.stack ?? error), pass: false };
    }
    rows.push(row);
  }
  const mean = (k) => rows.reduce((s, r) => s + (r[k]?.f1 ?? 0), 0) / rows.length;
  report[variant] = {
    pass: rows.filter((r) => r.pass).length,
    texts: rows.length,
    outlineF1: mean('outline'),
    quantityF1: mean('quantities'),
    deadlineF1: mean('deadlines'),
    failures: rows.filter((r) => !r.pass).map((r) => ({
      name: r.name,
      error: r.error,
      outline: r.outline && r.outline.f1 < 1 ? { f1: +r.outline.f1.toFixed(3), missing: r.outline.missing.slice(0, 3), extra: r.outline.extra.slice(0, 3) } : undefined,
      quantities: r.quantities && r.quantities.f1 < 1 ? { f1: +r.quantities.f1.toFixed(3), missing: r.quantities.missing.slice(0, 3), extra: r.quantities.extra.slice(0, 3) } : undefined,
      deadlines: r.deadlines && r.deadlines.f1 < 1 ? { f1: +r.deadlines.f1.toFixed(3), missing: r.deadlines.missing.slice(0, 3), extra: r.deadlines.extra.slice(0, 3) } : undefined,
    })),
  };
  const r = report[variant];
  console.log(`${variant.padEnd(14)} ${String(r.pass).padStart(3)}/${r.texts} pass | mean F1 outline ${r.outlineF1.toFixed(3)} quantities ${r.quantityF1.toFixed(3)} deadlines ${r.deadlineF1.toFixed(3)}`);
  if (verbose) for (const f of r.failures) console.log('   ', JSON.stringify(f));
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2) + '\n');
