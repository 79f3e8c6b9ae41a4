#!/usr/bin/env node
// Dumps parse() output (keys sorted) of every fixture and corpus text, and of simple
// variants of each (one line; read as Markdown; a fixed reference date; hard-wrapped every
// 28 characters with page numbers), to a folder, so
// that a refactoring can be checked to keep the output identical:
//
//   npm run build && node scripts/snapshot-outputs.mjs /tmp/before
//   … change …
//   npm run build && node scripts/snapshot-outputs.mjs /tmp/after --compare /tmp/before
//
// Warnings are dumped as { code, position } only, and schemaVersion is left out, so that
// a change of the warning shape alone does not show as a difference; --compare also
// ignores the order of the warnings (since 2.0.0 they come in the order of the stages).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [out, flag, against] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/snapshot-outputs.mjs OUT_DIR [--compare BEFORE_DIR]');
  process.exit(2);
}
// 'tigang/markdown' reads Markdown without setup (since 2.0.0 of the output; before, 'tigang' did)
const entry = existsSync(join(root, 'dist/markdown.js')) ? 'dist/markdown.js' : 'dist/index.js';
const { parse } = await import(pathToFileURL(join(root, entry)).href);

// ../shared is beside the checkout; TIGANG_SHARED points elsewhere (a clone of an old commit in /tmp)
const shared = process.env.TIGANG_SHARED ?? join(root, '../shared');
const folders = ['fixtures/eval', 'fixtures/corpus', 'fixtures/markdown', 'fixtures/clean', join(shared, 'corpus'), join(shared, 'eval/dev')];
const texts = [];
for (const folder of folders) {
  const dir = folder.startsWith('/') ? folder : join(root, folder);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const label = folder.startsWith(shared) ? `_shared_${folder.slice(shared.length + 1)}` : folder;
    if (/\.(txt|md)$/.test(name)) texts.push({ id: `${label.replace(/[./]+/g, '_')}__${name}`, file: join(dir, name), markdown: name.endsWith('.md') });
  }
}

/** PDF-style text: every line cut every 28 characters, a "— N —" page number every 40 lines. */
function hardWrap(text) {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.length === 0) out.push('');
    for (let i = 0; i < line.length; i += 28) out.push(line.slice(i, i + 28));
  }
  const paged = [];
  out.forEach((line, i) => {
    paged.push(line);
    if ((i + 1) % 40 === 0) paged.push(`— ${(i + 1) / 40} —`);
  });
  return paged.join('\n');
}

const sortKeys = (v) =>
  Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])) : v;
function normalise(doc) {
  const { schemaVersion: _version, ...rest } = doc;
  rest.warnings = rest.warnings.map((w) => ({ code: w.code, position: w.position }));
  return JSON.stringify(sortKeys(rest), null, 1);
}

mkdirSync(out, { recursive: true });
let written = 0;
for (const t of texts) {
  const bytes = readFileSync(t.file);
  const variants = [['as-is', () => parse(bytes, { format: t.markdown ? 'markdown' : 'text' })]];
  if (!t.file.includes('gb18030')) {
    variants.push(['one-line', () => parse(new TextDecoder().decode(bytes).replace(/\r?\n/g, ''))]);
    variants.push(['as-markdown', () => parse(new TextDecoder().decode(bytes), { format: 'markdown' })]);
    variants.push(['reference-date', () => parse(new TextDecoder().decode(bytes), { referenceDate: '2024-03-15' })]);
    variants.push(['hard-wrapped', () => parse(hardWrap(new TextDecoder().decode(bytes)))]);
  }
  for (const [variant, run] of variants) {
    let body;
    try {
      body = normalise(run());
    } catch (error) {
      body = `THROWS ${error?.code ?? ''} ${error?.message ?? error}`;
    }
    writeFileSync(join(out, `${t.id}.${variant}.json`), body);
    written++;
  }
}
console.log(`${written} outputs of ${texts.length} texts written to ${out}`);

/** The dump with its warnings in a fixed order. */
function comparable(body) {
  if (body.startsWith('THROWS')) return body;
  const doc = JSON.parse(body);
  doc.warnings = doc.warnings.map((w) => JSON.stringify(w)).sort();
  return JSON.stringify(doc);
}

if (flag === '--compare' && against) {
  const differ = [];
  for (const name of readdirSync(against).sort()) {
    const now = existsSync(join(out, name)) ? readFileSync(join(out, name), 'utf8') : null;
    if (now === null || comparable(now) !== comparable(readFileSync(join(against, name), 'utf8'))) differ.push(name);
  }
  for (const name of readdirSync(out)) if (!existsSync(join(against, name))) differ.push(`${name} (new)`);
  console.log(differ.length ? `${differ.length} outputs differ:\n  ${differ.join('\n  ')}` : `identical to ${basename(against)}`);
  process.exitCode = differ.length ? 1 : 0;
}
