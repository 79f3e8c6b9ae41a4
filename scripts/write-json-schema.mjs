#!/usr/bin/env node
// Writes schema/tigang.schema.json, the JSON Schema of parse()'s output, from the zod
// schema TigangDocument in the BUILT library (run after tsup: `npm run build` does both).
// Shipped in the package as `tigang/schema.json`.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { TigangDocument, SCHEMA_VERSION } = await import(pathToFileURL(join(root, 'dist/schema.js')).href);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const generated = z.toJSONSchema(TigangDocument, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' });
const schema = {
  $schema: generated.$schema,
  title: 'TigangDocument',
  description: `Output of tigang's parse() (schemaVersion ${SCHEMA_VERSION}, tigang ${version}). Generated from the zod schema by scripts/write-json-schema.mjs; do not edit.`,
  ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
};

const out = join(root, 'schema/tigang.schema.json');
mkdirSync(dirname(out), { recursive: true });
// written beside and renamed: a reader (a test run in parallel) never sees half a file
writeFileSync(`${out}.${process.pid}.tmp`, JSON.stringify(schema, null, 2) + '\n');
renameSync(`${out}.${process.pid}.tmp`, out);
if (!process.argv.includes('--quiet')) console.log(`wrote ${out.slice(root.length + 1)} (schemaVersion ${SCHEMA_VERSION})`);
