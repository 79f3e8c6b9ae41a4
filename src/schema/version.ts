/**
 * Version of the output shape, bumped on any breaking change (semver). A plain constant
 * apart from the zod schemas, so that the core can stamp it without loading zod.
 *
 * 2.0.0: a warning is `{ code, params, position?, stage }` (was `{ code, message, position?, source }`).
 */
export const SCHEMA_VERSION = '2.0.0';
