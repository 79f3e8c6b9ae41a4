// 'tigang/markdown': the core, plus Markdown input (remark-parse). Its parse, safeParse and
// pipeline read `format: 'markdown'` without further setup; `projectMarkdown` can also be
// passed to the core's parse (`{ format: 'markdown', markdown: projectMarkdown }`).
// Apart from 'tigang' because micromark would double a browser bundle of the core.
import { isTigangError } from './errors.js';
import { projectMarkdown } from './markdown/index.js';
import { toOptionsObject } from './options.js';
import { parse as parseCore, safeParse as safeParseCore, type ParseOptions, type SafeParseResult } from './parse.js';
import { pipeline as pipelineCore, type PipelineOptions, type TigangFile } from './pipeline.js';
import type { TigangDocument } from './schema/document.js';

export * from './index.js';
export { projectMarkdown, type MarkdownProjection } from './markdown/index.js';

function withMarkdown<O extends ParseOptions>(options: O | undefined): O {
  const o = toOptionsObject<O>(options) as O;
  return o.markdown ? o : { ...o, markdown: projectMarkdown };
}

/** `parse` of 'tigang', with Markdown input (`format: 'markdown'`) built in. */
export function parse(input: string | Uint8Array | ArrayBuffer, options?: ParseOptions): TigangDocument {
  return parseCore(input, withMarkdown(options));
}

/** `safeParse` of 'tigang', with Markdown input built in. */
export function safeParse(input: string | Uint8Array | ArrayBuffer, options?: ParseOptions): SafeParseResult {
  let withProjector: ParseOptions;
  try {
    withProjector = withMarkdown(options);
  } catch (error) {
    // `options` that are not an object: a result, not a throw
    if (isTigangError(error)) return { success: false, error };
    throw error;
  }
  return safeParseCore(input, withProjector);
}

/** `pipeline` of 'tigang', with Markdown input built in. */
export function pipeline(input: string | Uint8Array | ArrayBuffer, options?: PipelineOptions): TigangFile {
  return pipelineCore(input, withMarkdown(options));
}
