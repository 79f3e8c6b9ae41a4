// Metamorphic suite (issue 12): every real text we have, rewritten as Traditional, full-width,
// one line, hard-wrapped PDF text, flat-heading Markdown, GBK bytes and with its figures masked,
// must keep its outline, quantities and deadlines (masked figures: the same quantities, masked).
// Per variant, the texts that do not yet pass are listed with what differs in
// fixtures/metamorphic/known-failures.json (regenerated with UPDATE=1 and reviewed in the
// diff); a text that passed before and fails now fails this test, and so does a known failure
// that starts to pass (so that the list only shrinks on purpose).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/node.js';
import type { TigangDocument } from '../src/index.js';
import * as V from './helpers/variants.mjs';

const root = new URL('..', import.meta.url).pathname;
const EXPECTED = join(root, 'fixtures/metamorphic/known-failures.json');

type Variant = (typeof V.VARIANTS)[number];

/** What differs, shortly: per aspect its F1 and the first missing and extra keys. */
function differences(text: string, base: TigangDocument, variant: Variant): string[] {
  const out: string[] = [];
  for (const [aspect, c] of Object.entries(V.compareVariant(variant, text, base, parse))) {
    if (c.f1 < 1) out.push(`${aspect} F1 ${c.f1.toFixed(3)}; missing ${JSON.stringify(c.missing.slice(0, 2))}; extra ${JSON.stringify(c.extra.slice(0, 2))}`);
  }
  return out;
}

const all = V.collectTexts(['fixtures/eval', 'fixtures/corpus', '../shared/corpus'].map((d) => join(root, d)));
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
