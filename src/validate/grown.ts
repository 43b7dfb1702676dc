/**
 * Growing the typed arrays the body checkers keep their stacks in: twice
 * the length (or `least`, when that is more), the elements kept.
 */
export function grown(array: Int32Array, least?: number): Int32Array<ArrayBuffer>;
export function grown(array: Uint8Array, least?: number): Uint8Array<ArrayBuffer>;
export function grown(array: Int32Array | Uint8Array, least = 0): Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> {
  const size = Math.max(array.length * 2, least);
  const out = array instanceof Int32Array ? new Int32Array(size) : new Uint8Array(size);
  out.set(array);
  return out;
}
