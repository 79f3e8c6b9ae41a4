// `tigang commitments`: one row per claim, in the columns of the batch's claims.csv.
import type { TigangDocument } from 'tigang/node';
import { claimRows, csvHeader, csvLines, TABLES, type Row } from './tables.js';

export { describeQuantity } from './tables.js';

export const COLUMNS = TABLES.claims;

/** One row per claim (commitments and achievements), in document order. */
export function claimsToRows(doc: TigangDocument, documentId: string | null = null): Row[] {
  return claimRows(doc, documentId);
}

/** RFC 4180 CSV, UTF-8 with BOM so that Excel reads the Chinese text. */
export function claimsToCsv(docs: readonly TigangDocument[], documentIds: readonly (string | null)[] = []): string {
  let out = csvHeader(COLUMNS);
  docs.forEach((doc, i) => (out += csvLines(COLUMNS, claimRows(doc, documentIds[i] ?? null))));
  return out;
}
