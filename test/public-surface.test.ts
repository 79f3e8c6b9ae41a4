// The public surface: 'tigang' only re-exports, carries no zod and no Markdown parser (a
// browser bundle of parse alone), and internals are not part of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { measureParseBundle } from '../scripts/bundle-size.mjs';
import * as core from '../src/index.js';
import * as markdown from '../src/markdown-entry.js';
import * as schema from '../src/schema-entry.js';

const root = join(import.meta.dirname, '..');

describe("'tigang' (src/index.ts)", () => {
  it('only re-exports', () => {
    const source = readFileSync(join(root, 'src/index.ts'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const statements = source.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean);
    for (const s of statements) expect(s, s).toMatch(/^export (type )?(\*|\{[\s\S]*\}) from '[^']+'$|^export type \* from '[^']+'$/);
  });

  it('leaves internals out: Positioner, Locator, findBodyStart, and the stage functions that need them', () => {
    for (const name of ['Positioner', 'Locator', 'findBodyStart', 'extractMetadata', 'buildOutline', 'extractClaims', 'projectMarkdown']) {
      expect(name in core, name).toBe(false);
    }
    expect(typeof core.pipeline).toBe('function');
    expect(typeof core.safeParse).toBe('function');
  });

  it('has no zod value: the schemas are in tigang/schema', () => {
    expect('TigangDocument' in core).toBe(false);
    expect(typeof schema.TigangDocument.parse).toBe('function');
    expect(schema.SCHEMA_VERSION).toBe(core.SCHEMA_VERSION);
  });

  it("Markdown input is in 'tigang/markdown', which has the whole core too", () => {
    expect(typeof markdown.projectMarkdown).toBe('function');
    for (const name of Object.keys(core)) expect(name in markdown, name).toBe(true);
    const doc = markdown.parse('## 一、总体要求\n\n到2025年新建学校**5所**。', { format: 'markdown' });
    expect(doc.outline.children[0]!.title).toBe('总体要求');
    // the core's parse takes the projector as an option
    expect(core.parse('## 一、总体要求\n\n到2025年新建学校**5所**。', { format: 'markdown', markdown: markdown.projectMarkdown })).toEqual(doc);
  });
});

describe('browser bundle of parse alone (esbuild, dist/index.js)', () => {
  it('contains neither zod nor the Markdown parser', async () => {
    const bundle = (await measureParseBundle(join(root, 'dist/index.js'))) as { parseMinifiedBytes: number; inputPaths: string[] };
    const offending = bundle.inputPaths.filter((p) => /node_modules\/(zod|micromark[^/]*|mdast-util-from-markdown|remark-parse|unified)\//.test(p));
    expect(offending).toEqual([]);
    expect(bundle.inputPaths.some((p) => p.includes('dist/index.js'))).toBe(true);
  });
});

describe('one TigangError across entries (built dist: each entry is a self-contained file)', () => {
  it("an error thrown by tigang/markdown's parse is instanceof the TigangError of 'tigang', ESM and CJS", async () => {
    const core = await import(join(root, 'dist/index.js'));
    const md = await import(join(root, 'dist/markdown.js'));
    const { createRequire } = await import('node:module');
    const cjs = createRequire(import.meta.url)(join(root, 'dist/index.cjs'));
    let thrown: unknown;
    try {
      md.parse(null);
    } catch (error) {
      thrown = error;
    }
    expect(core.TigangError).not.toBe(md.TigangError);
    expect(thrown instanceof core.TigangError).toBe(true);
    expect(thrown instanceof cjs.TigangError).toBe(true);
    expect(new Error('x') instanceof core.TigangError).toBe(false);
    expect({ name: 'TigangError', code: 'invalid-input' } instanceof core.TigangError).toBe(false);
  });
});
