// Metamorphic suite (issue 12): every real text we have, rewritten as Traditional, full-width,
// one line, hard-wrapped PDF text, flat-heading Markdown, GBK bytes and with its figures masked,
// must keep its outline, quantities and deadlines (masked figures: the same quantities, masked).
// Per variant, the texts that do not yet pass are listed with what differs in
// fixtures/metamorphic/known-failures.json (regenerated with UPDATE=1 and reviewed in the
// diff); a text that passed before and fails now fails this test, and so does a known failure
// that starts to pass (so that the list only shrinks on purpose).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/node.js';
import type { TigangDocument } from '../src/index.js';
import * as V from './helpers/variants.mjs';

const root = new URL('..', import.meta.url).pathname;
const EXPECTED = join(root, 'fixtures/metamorphic/known-failures.json');

function texts(): { name: string; text: string }[] {
  const seen = new Set<string>();
  const out: { name: string; text: string }[] = [];
  for (const dir of ['fixtures/eval', 'fixtures/corpus', '../shared/corpus']) {
    const path = join(root, dir);
    if (!existsSync(path)) continue;
    for (const f of readdirSync(path).sort()) {
      if (!f.endsWith('.txt')) continue;
      const text = readFileSync(join(path, f), 'utf8');
      const hash = createHash('sha256').update(text).digest('hex');
      if (seen.has(hash)) continue;
      seen.add(hash);
      out.push({ name: f.slice(0, -4), text });
    }
  }
  return out;
}

function headingLineStarts(doc: TigangDocument, text: string): number[] {
  const out: number[] = [];
  const walk = (nodes: TigangDocument['outline']['children']) => {
    for (const n of nodes) {
      const at = n.heading?.position?.start.offset;
      if (n.origin !== 'toc' && at != null) {
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        if (text.slice(lineStart, at).trim() === '') out.push(lineStart);
      }
      walk(n.children);
    }
  };
  walk(doc.outline.children);
  return out;
}

type Variant = (typeof V.VARIANTS)[number];
function rewrite(variant: Variant, text: string, base: TigangDocument): { doc: TigangDocument; back?: (s: string) => string; masked?: boolean } {
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
    default: throw new Error(`unknown variant ${String(variant)}`);
  }
}

/** What differs, shortly: per aspect its F1 and the first missing and extra keys. */
function differences(text: string, base: TigangDocument, variant: Variant): string[] {
  const { doc, back, masked } = rewrite(variant, text, base);
  const out: string[] = [];
  const aspects: [string, string[], string[]][] = [
    ['quantities', masked ? V.expectedMaskedKeys(base) : V.quantityKeys(base), V.quantityKeys(doc, back)],
  ];
  // blanking figures changes decimal heading markers (1. → X.) and dated deadlines: (g) checks quantities
  if (!masked) {
    aspects.unshift(['outline', V.outlineKeys(base), V.outlineKeys(doc, back)]);
    aspects.push(['deadlines', V.deadlineKeys(base), V.deadlineKeys(doc, back)]);
  }
  for (const [aspect, expected, found] of aspects) {
    const c = V.compareKeys(expected, found);
    if (c.f1 < 1) out.push(`${aspect} F1 ${c.f1.toFixed(3)}; missing ${JSON.stringify(c.missing.slice(0, 2))}; extra ${JSON.stringify(c.extra.slice(0, 2))}`);
  }
  return out;
}

const all = texts();
const bases = new Map(all.map(({ name, text }) => [name, parse(text)]));
const known: Record<string, Record<string, string[]>> = existsSync(EXPECTED) ? JSON.parse(readFileSync(EXPECTED, 'utf8')) : {};
const found: Record<string, Record<string, string[]>> = {};

describe('metamorphic variants of every real text', () => {
  for (const variant of V.VARIANTS as readonly Variant[]) {
    it(`${variant}: the texts that passed still pass, and the known failures are listed`, () => {
      const failures: Record<string, string[]> = {};
      for (const { name, text } of all) {
        const diff = differences(text, bases.get(name)!, variant);
        if (diff.length) failures[name] = diff;
      }
      found[variant] = failures;
      const passing = all.length - Object.keys(failures).length;
      console.log(`metamorphic ${variant}: ${passing}/${all.length} texts keep their outline, quantities and deadlines`);
      if (process.env.UPDATE) return;
      expect(Object.keys(failures).sort(), `${variant}: the failing texts (UPDATE=1 rewrites ${EXPECTED})`).toEqual(Object.keys(known[variant] ?? {}).filter((n) => bases.has(n)).sort());
    });
  }

  it.runIf(process.env.UPDATE)('writes the known failures (UPDATE=1)', () => {
    writeFileSync(EXPECTED, JSON.stringify(found, null, 2) + '\n');
  });
});
