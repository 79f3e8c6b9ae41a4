// Types of test/helpers/variants.mjs (plain JS, shared with scripts/metamorphic.mjs).
import type { TigangDocument } from '../../src/index.js';

export function collectTexts(folders: readonly string[]): { name: string; text: string }[];
export function headingLineStarts(doc: TigangDocument, text: string): number[];
type Compared = { f1: number; missing: string[]; extra: string[] };
type Parse = (input: string | Uint8Array, options?: { format?: 'text' | 'markdown' }) => TigangDocument;
export function rewrite(variant: (typeof VARIANTS)[number], text: string, base: TigangDocument, parse: Parse): { doc: TigangDocument; back?: (s: string) => string; masked?: boolean };
export function compareVariant(variant: (typeof VARIANTS)[number], text: string, base: TigangDocument, parse: Parse): { outline: Compared; quantities: Compared; deadlines: Compared };
export function traditional(text: string): string;
export function simplified(text: string): string;
export function fullWidth(text: string): string;
export function oneLine(text: string): string;
export function hardWrapped(text: string, width?: number, perPage?: number): string;
export function flatMarkdown(text: string, headingLineStarts: Iterable<number>): string;
export function gbk(text: string): Uint8Array;
export function blankedFigures(text: string, mask: string): string;
export const VARIANTS: readonly ['traditional', 'full-width', 'one-line', 'hard-wrapped', 'flat-markdown', 'gbk', 'masked-X', 'masked-star', 'masked-blank'];
export function outlineKeys(doc: TigangDocument, back?: (s: string) => string): string[];
export function quantityKeys(doc: TigangDocument, back?: (s: string) => string): string[];
export function deadlineKeys(doc: TigangDocument, back?: (s: string) => string): string[];
export function expectedMaskedKeys(doc: TigangDocument): string[];
export function compareKeys(expected: readonly string[], found: readonly string[]): { f1: number; missing: string[]; extra: string[] };
