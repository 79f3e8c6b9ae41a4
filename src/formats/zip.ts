// A minimal ZIP reader (central directory + stored/deflated entries) with limits, so that a
// .docx is inspected before anything is unpacked: a zip bomb is refused from its directory,
// and an entry whose header lies about its size is cut off while inflating.
import { inflateRawSync } from 'node:zlib';
import { TigangError } from '../index.js';

export interface ZipLimits {
  /** Most entries an archive may list (a .docx has a few dozen). */
  maxEntries: number;
  /** Most bytes all entries may unpack to, as their headers state them. */
  maxUnpackedBytes: number;
  /** Largest unpacked/packed ratio of the whole archive (XML packs 5–20×; bombs 1000× and more). */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxUnpackedBytes: 512 * 2 ** 20, maxRatio: 100 };

interface Entry {
  name: string;
  method: number;
  packedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipArchive {
  names(): string[];
  has(name: string): boolean;
  /** The unpacked bytes of an entry (inflated on demand, never beyond its stated size). */
  read(name: string): Uint8Array;
}

function invalid(reason: string): TigangError {
  return new TigangError('docx-invalid', { reason });
}

function bomb(what: string, value: number, limit: number): TigangError {
  return new TigangError('zip-bomb', { what, value, limit });
}

/** Opens a ZIP archive; throws TigangError 'docx-invalid' (not a ZIP) or 'zip-bomb' (limits). */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end-of-central-directory record is in the last 22 + 65535 (comment) bytes
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw invalid('no ZIP directory (not a .docx, or a truncated file)');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw invalid('ZIP64 archives are not supported');
  if (count > limits.maxEntries) throw bomb('entry count', count, limits.maxEntries);
  if (dirOffset + dirSize > bytes.length) throw invalid('the ZIP directory points past the end of the file');
  const entries = new Map<string, Entry>();
  let at = dirOffset;
  let packed = 0;
  let unpacked = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw invalid('a broken ZIP directory entry');
    const method = view.getUint16(at + 10, true);
    const packedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { name, method, packedSize, size, localOffset });
    packed += packedSize;
    unpacked += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (unpacked > limits.maxUnpackedBytes) throw bomb('unpacked size', unpacked, limits.maxUnpackedBytes);
  // small archives may pack well (a page of repeated XML); proportion matters beyond 1 MB
  if (unpacked > 2 ** 20 && unpacked > packed * limits.maxRatio) throw bomb('compression ratio', Math.round(unpacked / Math.max(1, packed)), limits.maxRatio);

  return {
    names: () => [...entries.keys()],
    has: (name) => entries.has(name),
    read(name) {
      const e = entries.get(name);
      if (!e) throw invalid(`no entry ${name}`);
      if (e.localOffset + 30 > bytes.length || view.getUint32(e.localOffset, true) !== 0x04034b50) throw invalid(`a broken entry ${name}`);
      const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
      const data = bytes.subarray(start, start + e.packedSize);
      if (e.method === 0) return data;
      if (e.method !== 8) throw invalid(`entry ${name} uses compression method ${e.method}`);
      try {
        // an entry cannot unpack beyond what its header states (a lying header is a bomb too)
        return inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(`entry ${name} size`, e.size, e.size);
        throw invalid(`entry ${name} cannot be inflated`);
      }
    },
  };
}
