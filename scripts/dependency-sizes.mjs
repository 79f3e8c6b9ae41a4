#!/usr/bin/env node
// Install cost of each direct dependency, for docs/dependencies.md: the packages it pulls
// in (itself included, resolved as Node does from package-lock.json) and their size on disk
// (du, nested node_modules counted once). Shared packages count in every closure.
//   node scripts/dependency-sizes.mjs [--markdown]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;

/** Lockfile path of `name` as required from the package at `from` (Node's lookup). */
function resolve(name, from) {
  for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock[candidate]) return candidate;
    if (!dir) return null;
  }
}

function closure(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const entry = lock[path] ?? {};
  for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies })) {
    const dep = resolve(name, path);
    if (dep && existsSync(join(root, dep))) closure(dep, seen);
  }
  return seen;
}

const kb = (path) => Number(execFileSync('du', ['-sk', '--exclude=node_modules', join(root, path)], { encoding: 'utf8' }).split('\t')[0]);
const groups = { dependencies: pkg.dependencies, optionalDependencies: pkg.optionalDependencies, devDependencies: pkg.devDependencies };
const rows = [];
for (const [group, deps] of Object.entries(groups)) {
  for (const name of Object.keys(deps ?? {})) {
    const path = `node_modules/${name}`;
    if (!existsSync(join(root, path))) {
      rows.push({ group, name, version: 'not installed', packages: 0, ownMB: 0, totalMB: 0 });
      continue;
    }
    const members = [...closure(path)];
    const total = members.reduce((n, p) => n + kb(p), 0);
    const own = Number(execFileSync('du', ['-sk', join(root, path)], { encoding: 'utf8' }).split('\t')[0]);
    rows.push({ group, name, version: lock[path]?.version ?? '?', packages: members.length, ownMB: own / 1024, totalMB: total / 1024 });
  }
}
const size = (mb) => (mb < 1 ? `${Math.max(1, Math.round(mb * 1024))} kB` : `${mb.toFixed(1)} MB`);
if (process.argv.includes('--markdown')) {
  console.log('| group | package | version | `du -sh node_modules/<pkg>` | packages pulled in (incl. itself) | size of those |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.group} | ${r.name} | ${r.version} | ${size(r.ownMB)} | ${r.packages} | ${size(r.totalMB)} |`);
} else console.table(rows.map((r) => ({ ...r, ownMB: r.ownMB.toFixed(1), totalMB: r.totalMB.toFixed(1) })));
