/** Bumped on any breaking change of the compare result's shape (kept apart from the zod schema so that the core needs no zod at run time). */
export const COMPARE_SCHEMA_VERSION = '1.0.0';
