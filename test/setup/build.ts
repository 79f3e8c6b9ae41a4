// Vitest globalSetup: builds dist/ and schema/ once before the suite when they are
// missing or older than their sources (the CLI, package and segmentation tests run the
// built files). TIGANG_TEST_BUILD=always forces a build, =never skips it.
// The build goes to a sibling folder that then replaces dist/ by rename, so that another
// test run in the same checkout never sees dist/ half-built or missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

const OUTPUTS = [
  'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts',
  'dist/node.js', 'dist/node.cjs', 'dist/node.d.ts', 'dist/node.d.cts',
  'dist/markdown.js', 'dist/markdown.cjs', 'dist/schema.js', 'dist/schema.cjs',
  'dist/cli.js', 'dist/report-client.global.js', 'schema/tigang.schema.json',
];
const INPUTS = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json', 'scripts/write-json-schema.mjs'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isFresh(): boolean {
  const outputs = OUTPUTS.map((p) => join(root, p));
  if (!outputs.every((p) => existsSync(p))) return false;
  const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const newestInput = Math.max(...INPUTS.map((p) => join(root, p)).filter((p) => existsSync(p)).map(newestMtime));
  return oldestOutput >= newestInput;
}

/** Replaces `target` by `staging` with two renames (retried if another run swapped meanwhile). */
function swapIn(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if (existsSync(target)) renameSync(target, old);
      renameSync(staging, target);
      break;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
  rmSync(old, { recursive: true, force: true });
}

export default function setup(): void {
  const mode = process.env.TIGANG_TEST_BUILD;
  if (mode === 'never' || (mode !== 'always' && isFresh())) return;
  const started = Date.now();
  const staging = `dist.build-${process.pid}`;
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), '--out-dir', staging], { cwd: root, stdio: 'pipe' });
    swapIn(join(root, staging), join(root, 'dist'));
    execFileSync(process.execPath, [join(root, 'scripts/write-json-schema.mjs'), '--quiet'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    rmSync(join(root, staging), { recursive: true, force: true });
    const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`test setup: the build failed (npm run build):\n${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? e.message}`);
  }
  process.stdout.write(`test setup: built dist/ and schema/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
