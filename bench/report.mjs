#!/usr/bin/env node
// Bench of `tigang report` on 1,000 documents built from the fixtures (fixtures/corpus +
// fixtures/eval, repeated in order, each copy made distinct by a last line): build time
// (from the text files, parse included; and from a batch JSONL, i.e. after `tigang batch`),
// file size and highlights; then, when Debian's Chromium is there, how the report behaves in
// it: load to the first list row, opening the largest document, scrolling the list to its end.
// Runnable alone (after `npm run build`) and called by bench/run.mjs. Times are medians.
//
//   node bench/report.mjs [--docs 1000] [--runs 3] [--no-browser] [--keep]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { realDocuments } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const BIN = join(root, 'dist/cli.js');
const CHROMIUM = '/usr/bin/chromium';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => [Math.min(...xs), Math.max(...xs)];

function runReport(args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'report', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`tigang report failed: ${r.stderr}`);
  const m = /(\d+) documents, (\d+) highlights, [\d.]+ MB \((\d+) bytes\)/.exec(r.stderr);
  return { ms, documents: Number(m?.[1]), highlights: Number(m?.[2]), bytes: Number(m?.[3]) };
}

async function inBrowser(reportPath, largest) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const started = performance.now();
    await page.goto(pathToFileURL(reportPath).href, { timeout: 120_000 });
    await page.waitForSelector('.docrow', { timeout: 120_000 });
    const loadMs = performance.now() - started;
    const rowsInDom = await page.locator('.docrow').count();
    const open = await page.evaluate((i) => {
      const t = performance.now();
      window.tigangReport.openDocument(i);
      return { ms: performance.now() - t, marks: document.querySelectorAll('.text mark').length };
    }, largest);
    const scroll = await page.evaluate(async () => {
      const viewport = document.querySelector('.viewport');
      const t = performance.now();
      for (let k = 0; k <= 20; k++) {
        viewport.scrollTop = (viewport.scrollHeight * k) / 20;
        viewport.dispatchEvent(new Event('scroll'));
        await new Promise((r) => requestAnimationFrame(r));
      }
      return { ms: performance.now() - t, steps: 21, rowsInDom: document.querySelectorAll('.docrow').length };
    });
    const filter = await page.evaluate(async () => {
      const input = document.querySelector('.filters input');
      const t = performance.now();
      input.value = 'gwr-2025';
      input.dispatchEvent(new Event('input'));
      return { ms: performance.now() - t, shown: document.querySelector('.listcount').textContent };
    });
    return { loadToFirstRowMs: loadMs, rowsInDomAtLoad: rowsInDom, openLargestDocument: open, scrollListToEnd: scroll, filter };
  } finally {
    await browser.close();
  }
}

/** Runs the bench; returns its results (also printed when `print`). */
export async function benchReport({ docs: count = 1000, runs = 3, browser = true, keep = false, print = true } = {}) {
  const tigang = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const base = realDocuments(root);
  const dir = mkdtempSync(join(tmpdir(), 'tigang-bench-report-'));
  const texts = join(dir, 'texts');
  mkdirSync(texts);
  const lines = [];
  let largest = { i: 0, extractions: -1 };
  for (let i = 0; i < count; i++) {
    const doc = base[i % base.length];
    const name = `${String(i).padStart(4, '0')}-${doc.name.split('/').pop()}`;
    const path = join(texts, name);
    const text = `${doc.text}\n(copy ${i})\n`;
    writeFileSync(path, text);
    const bytes = readFileSync(path);
    const parsed = tigang.parse(bytes, { path, format: 'text' });
    const extractions = parsed.quantities.length + parsed.deadlines.length + parsed.commitments.length + parsed.achievements.length;
    if (extractions > largest.extractions) largest = { i, extractions };
    lines.push(JSON.stringify({ path, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, format: 'text', encoding: parsed.source.encoding, document: parsed }));
  }
  const batch = join(dir, 'batch.jsonl');
  writeFileSync(batch, lines.join('\n') + '\n');
  const inputMB = lines.reduce((n, _, i) => n + statSync(join(texts, `${String(i).padStart(4, '0')}-${base[i % base.length].name.split('/').pop()}`)).size, 0) / 1e6;

  const fromFiles = [];
  const fromBatch = [];
  for (let k = 0; k < runs; k++) {
    fromFiles.push(runReport([texts, '--out', join(dir, 'files.html')]));
    fromBatch.push(runReport([batch, '--out', join(dir, 'batch.html')]));
  }
  const last = fromBatch[fromBatch.length - 1];
  const results = {
    documents: last.documents,
    inputMB,
    highlights: last.highlights,
    largestDocumentHighlights: largest.extractions,
    fileBytes: last.bytes,
    fileMB: last.bytes / 1e6,
    buildFromTextFilesMs: { median: median(fromFiles.map((r) => r.ms)), range: range(fromFiles.map((r) => r.ms)), runs },
    buildFromBatchJsonlMs: { median: median(fromBatch.map((r) => r.ms)), range: range(fromBatch.map((r) => r.ms)), runs },
    note: 'wall time of `node dist/cli.js report …` (process start included); from text files includes parsing every file',
  };
  if (browser && existsSync(CHROMIUM)) results.chromium = await inBrowser(join(dir, 'batch.html'), largest.i);
  else results.chromium = { skipped: existsSync(CHROMIUM) ? 'disabled' : `${CHROMIUM} not found` };
  if (!keep) rmSync(dir, { recursive: true, force: true });
  else results.keptIn = dir;
  if (print) {
    const f = (n, d = 1) => (typeof n === 'number' ? n.toFixed(d) : '—');
    console.log(`\ntigang report — ${results.documents} documents (${f(inputMB)} MB of text), ${results.highlights.toLocaleString('en-US')} highlights (largest document ${largest.extractions})`);
    console.log(`  file size: ${f(results.fileMB)} MB (${results.fileBytes} bytes)`);
    console.log(`  build from the text files (parse included): median ${f(results.buildFromTextFilesMs.median / 1000, 2)} s (range ${results.buildFromTextFilesMs.range.map((x) => f(x / 1000, 2)).join('–')} s, ${runs} runs)`);
    console.log(`  build from a batch JSONL: median ${f(results.buildFromBatchJsonlMs.median / 1000, 2)} s (range ${results.buildFromBatchJsonlMs.range.map((x) => f(x / 1000, 2)).join('–')} s, ${runs} runs)`);
    const c = results.chromium;
    if (c.skipped) console.log(`  chromium: skipped (${c.skipped})`);
    else console.log(`  chromium: load to first list row ${f(c.loadToFirstRowMs, 0)} ms (${c.rowsInDomAtLoad} rows in the DOM of ${results.documents}); open the largest document ${f(c.openLargestDocument.ms, 0)} ms (${c.openLargestDocument.marks} marks); scroll the list to its end in 21 frames ${f(c.scrollListToEnd.ms, 0)} ms (${c.scrollListToEnd.rowsInDom} rows in the DOM); filter ${f(c.filter.ms, 1)} ms`);
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, 'no-browser': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, out: { type: 'string' } } });
  if (!existsSync(BIN)) {
    console.error('bench/report.mjs: dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const results = await benchReport({ docs: Number(values.docs), runs: Number(values.runs), browser: !values['no-browser'], keep: values.keep });
  if (values.out) writeFileSync(values.out, JSON.stringify(results, null, 2) + '\n');
}
