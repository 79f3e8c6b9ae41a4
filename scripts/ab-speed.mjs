#!/usr/bin/env node
// A/B speed of parse or of one stage alone, in alternating child processes: a change is
// compared with a checkout of the commit before it (git worktree add ../base HEAD~1; it
// needs no build nor node_modules: each root's src/ is bundled with this checkout's esbuild).
//   node scripts/ab-speed.mjs BASE_ROOT CUR_ROOT [--stage NAME] [--pairs 6] [--mb 4]
// Each root's src/ is bundled with esbuild (no build needed). --stage NAME: each document is
// run through the pipeline up to the stage before NAME (untimed), then NAME alone is timed
// (stageFunctions from src/pipeline.ts). Without --stage: the whole parse (pipeline + toDocument).
// Times: thread CPU-ish (process.cpuUsage) and wall, median of 5 passes per process.
// Prints cur/base ratios: median (range) over the pairs.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: o, positionals: [base, cur] } = parseArgs({ allowPositionals: true, options: { stage: { type: 'string' }, pairs: { type: 'string', default: '6' }, mb: { type: 'string', default: '4' }, child: { type: 'string' } } });
const STAGES = ['decode', 'project', 'clean', 'metadata', 'outline', 'zones', 'quantities', 'times', 'claims'];
if (o.child) {
  const mod = await import(pathToFileURL(o.child).href);
  const { buildInput } = await import(pathToFileURL(join(root, 'bench/corpus.mjs')).href);
  const input = buildInput(root, Number(o.mb) * 1e6);
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const prev = o.stage ? STAGES[STAGES.indexOf(o.stage) - 1] : null;
  const pass = () => {
    if (!o.stage) { const c = cpu(), w = performance.now(); for (const d of input.docs) mod.toDocument(mod.pipeline(d)); return [cpu() - c, performance.now() - w]; }
    const files = input.docs.map((d) => mod.pipeline(d, { until: prev }));
    const fn = mod.stageFunctions[o.stage];
    const c = cpu(), w = performance.now();
    for (const f of files) fn(f);
    return [cpu() - c, performance.now() - w];
  };
  pass(); pass();
  const runs = [0, 1, 2, 3, 4].map(pass);
  const med = (i) => runs.map((r) => r[i]).sort((a, b) => a - b)[2];
  console.log(JSON.stringify([med(0), med(1)]));
  process.exit(0);
}
const { build } = await import('esbuild');
const outDir = join(tmpdir(), 'tigang-ab-speed');
mkdirSync(outDir, { recursive: true });
const bundle = async (root, name) => {
  const out = join(outDir, `${name}-${process.pid}.mjs`);
  await build({ stdin: { contents: `export { pipeline, toDocument, stageFunctions } from '${root}/src/pipeline.ts';`, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], outfile: out, logLevel: 'error' });
  return out;
};
const [b, c] = [await bundle(base, 'base'), await bundle(cur, 'cur')];
const once = (file) => JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', file, '--mb', o.mb, ...(o.stage ? ['--stage', o.stage] : [])], { encoding: 'utf8' }).trim());
const rows = [];
for (let p = 0; p < Number(o.pairs); p++) {
  let rb, rc;
  if (p % 2) { rc = once(c); rb = once(b); } else { rb = once(b); rc = once(c); }
  rows.push({ b: rb, c: rc });
}
const med = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const f = (x) => x.toFixed(0);
for (const [i, label] of [[0, 'CPU'], [1, 'wall']]) {
  const bs = rows.map((r) => r.b[i]), cs = rows.map((r) => r.c[i]), rs = rows.map((r) => r.c[i] / r.b[i]);
  console.log(`${o.stage ?? 'parse'} on ${o.mb} MB, ${label}: base ${f(med(bs))} ms (${f(Math.min(...bs))}–${f(Math.max(...bs))}), cur ${f(med(cs))} ms (${f(Math.min(...cs))}–${f(Math.max(...cs))}); cur/base ${med(rs).toFixed(3)} (${Math.min(...rs).toFixed(3)}–${Math.max(...rs).toFixed(3)})`);
}
