#!/usr/bin/env node
// Runs the metamorphic variants (test/helpers/variants.mjs) of every real text we have and reports,
// per variant, how many texts keep the same outline, quantities and deadlines as the original.
//   node scripts/metamorphic.mjs [--json FILE] [--verbose] [--variant NAME] [DIR…]
// Default texts: fixtures/eval, fixtures/corpus and ../shared/corpus (deduplicated by content).
// Runs on the built library (dist/): `npm run build` first.
import { writeFileSync } from 'node:fs';
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
const texts = V.collectTexts(dirs.length ? dirs : [join(root, 'fixtures/eval'), join(root, 'fixtures/corpus'), join(root, '../shared/corpus')]);

const variants = only ? [only] : V.VARIANTS;
const report = {};
for (const variant of variants) {
  const rows = [];
  for (const { name, text } of texts) {
    const base = parse(text);
    let row;
    try {
      const { outline, quantities, deadlines } = V.compareVariant(variant, text, base, parse);
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
