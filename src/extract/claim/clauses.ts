// The clause splitter is the one sentence/clause splitter of src/zh/split.ts.
export { splitClauses, type Clause } from '../../zh/split.js';
