import { inflateRawSync } from 'node:zlib';

/**
 * Checks a ZIP archive (an XLSX file) before a spreadsheet library opens it, so a small upload that
 * expands to gigabytes (a "zip bomb") is refused instead of filling the server's memory. The sizes
 * an archive declares can lie, so every entry is inflated here with a hard output limit: what gets
 * through has really been measured.
 */
export type ZipCheck = { readonly ok: true; readonly entries: number; readonly uncompressedBytes: number } | { readonly ok: false; readonly reason: 'malformed' | 'too-large' };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

export const isZip = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export function checkZip(bytes: Uint8Array, limits: { maxEntries: number; maxUncompressedBytes: number }): ZipCheck {
  const malformed = { ok: false, reason: 'malformed' } as const;
  const tooLarge = { ok: false, reason: 'too-large' } as const;
  if (bytes.length < EOCD_MIN) return malformed;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - EOCD_MIN; i >= Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return malformed;
  const entries = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: never needed for a file of a few megabytes.
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff || offset + size > eocd) return malformed;
  if (entries > limits.maxEntries) return tooLarge;
  let position = offset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (position + 46 > bytes.length || view.getUint32(position, true) !== CENTRAL_SIGNATURE) return malformed;
    const method = view.getUint16(position + 10, true);
    const compressedSize = view.getUint32(position + 20, true);
    const declaredSize = view.getUint32(position + 24, true);
    const local = view.getUint32(position + 42, true);
    position += 46 + view.getUint16(position + 28, true) + view.getUint16(position + 30, true) + view.getUint16(position + 32, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) return malformed;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) return malformed;
    const budget = limits.maxUncompressedBytes - total;
    if (declaredSize > budget) return tooLarge;
    let actual: number;
    if (method === 0) actual = compressedSize;
    else if (method === 8) {
      try {
        actual = inflateRawSync(bytes.subarray(dataStart, dataStart + compressedSize), { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError ? tooLarge : malformed;
      }
    } else return malformed;
    total += actual;
    if (total > limits.maxUncompressedBytes) return tooLarge;
  }
  return { ok: true, entries, uncompressedBytes: total };
}
