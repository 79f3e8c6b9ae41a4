// 'tigang/schema': the zod schemas of the output (runtime validation, JSON Schema
// generation). Apart from 'tigang' so that the core's bundle carries no zod.
export * from './schema/index.js';
export { SCHEMA_VERSION } from './schema/version.js';
