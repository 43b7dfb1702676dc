/** What the tests of binary to text by runs of bodies (on threads, or a run at a time on one) share. */
import { decodeDeferred } from "../../src/binary/decode.js";
import { WasmDecodeError } from "../../src/binary/decode-error.js";
import type { Wasm2WatOptions } from "../../src/wasm2wat.js";

/** The forms a binary is printed in. */
export const VARIANTS: [string, Wasm2WatOptions][] = [
  ["flat", {}],
  ["folded", { folded: true }],
  ["without names", { names: false }],
  ["canonical", { exact: false }],
];

/** Bytes of bodies per run for about eight runs, so that a small binary is read in several. */
export function eighth(bytes: Uint8Array): number {
  const { layout } = decodeDeferred(bytes);
  const code = layout.bodies.reduce((sum, b) => sum + b.end - b.start, 0);
  return Math.max(1, Math.ceil(code / 8));
}

/** The decode error `run` throws, as the fields a test compares. */
export function decodeErrorOf(run: () => unknown): { name: string; message: string; offset: number } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof WasmDecodeError)) throw error;
    return { name: error.name, message: error.message, offset: error.offset };
  }
  throw new Error("expected an error");
}

/** A module of `count` functions of type [] -> [] whose entries declare one i32 in a padded run and drop it, read by a padded index. */
export function paddedBodies(count: number): Uint8Array {
  const body = Buffer.from("09018100" + "7f2080001a0b", "hex");
  const code = Buffer.concat([Buffer.from([count]), ...Array.from({ length: count }, () => body)]);
  const head = Buffer.from(`0061736d01000000010401600000030${count + 1}0${count}${"00".repeat(count)}`, "hex");
  return new Uint8Array(Buffer.concat([head, Buffer.from([10, code.length]), code]));
}
