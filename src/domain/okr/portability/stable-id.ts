/**
 * Stable id suffixes from text, so that objectives and key results an import creates get the same
 * id every time the same file is imported: running an import again after a failure half-way updates
 * what the first run wrote instead of creating it twice. Two 53-bit string hashes (cyrb53 with
 * different seeds), base 36: 22 characters, lower-case letters and digits.
 */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function stableSuffix(text: string): string {
  const part = (seed: number) => cyrb53(text, seed).toString(36).padStart(11, '0');
  return `${part(1)}${part(2)}`;
}
