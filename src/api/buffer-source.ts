/**
 * Bytes given to the public API: any `BufferSource` (a typed array of any
 * element type, a DataView, an ArrayBuffer or SharedArrayBuffer), seen as
 * the Uint8Array of exactly the bytes it covers. Views are read through
 * their byteOffset and byteLength, without copying. Anything else is an
 * `ArgumentError`, so no function answers about input it did not read.
 */
import { types } from "node:util";
import { ArgumentError } from "../errors.js";
import { describeValue } from "./describe-value.js";

export type BytesInput = ArrayBufferView | ArrayBufferLike;

export function bytesOf(fn: string, input: unknown, argument = "bytes"): Uint8Array {
  // Checked without `instanceof`, so views and buffers from another realm (a vm context, a worker) are taken too.
  if (ArrayBuffer.isView(input)) {
    if (types.isUint8Array(input)) return input;
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (types.isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw new ArgumentError(fn, argument, `must be a BufferSource (Uint8Array, ArrayBuffer, DataView or another typed array), not ${describeValue(input)}`);
}

/** Whether `input` is something `bytesOf` takes. */
export function isBytesInput(input: unknown): input is BytesInput {
  return ArrayBuffer.isView(input) || types.isAnyArrayBuffer(input);
}
