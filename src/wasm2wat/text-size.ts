/**
 * Bytes of text per byte of binary to expect, the largest of the
 * workloads' binaries (2026-12-07, flat / folded: wasm-tools 16.0 / 16.8,
 * esbuild 21.6 / 22.4, swc 18.4 / 18.4, Go corpus/go/files 17.4 / 17.9):
 * room never written costs only address space (a fresh buffer's pages are
 * touched when first written), a buffer too small a copy.
 */
const TEXT_PER_BYTE = 23;

/** About how much text the binary prints to, to size the buffer a string gathers in. */
export function expectedText(bytes: Uint8Array): number {
  return TEXT_PER_BYTE * bytes.length;
}
