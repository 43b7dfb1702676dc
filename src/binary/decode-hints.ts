/**
 * The branch hint section (`metadata.code.branch_hint`): for each function,
 * hints on `br_if`/`if` instructions by their byte offset from the start of
 * the function body. The decoder turns them into `Instr.hint`.
 *
 * Only the form the encoder writes is taken: function indices and offsets
 * strictly increasing, no function without hints, each hint one byte long and 0 or 1. Anything else is
 * left to the caller to keep as a raw custom section, which re-encodes it
 * byte for byte.
 */
import type { BranchHint } from "../module/model.js";
import { WasmDecodeError } from "./decode-error.js";
import { Reader } from "./reader.js";

export const BRANCH_HINT_SECTION = "metadata.code.branch_hint";

/** Hints by function index, then by body offset; null when the section is not in the canonical form. */
export type BranchHints = Map<number, Map<number, BranchHint>>;

export function readBranchHints(bytes: Uint8Array): BranchHints | null {
  const r = new Reader(bytes);
  const out: BranchHints = new Map();
  try {
    const funcs = r.count();
    let lastFunc = -1;
    for (let f = 0; f < funcs; f++) {
      const func = r.u32();
      if (func <= lastFunc) return null;
      lastFunc = func;
      const n = r.count();
      if (n === 0) return null;
      const hints = new Map<number, BranchHint>();
      let lastOffset = -1;
      for (let k = 0; k < n; k++) {
        const offset = r.u32();
        const size = r.u32();
        const value = r.u32();
        if (offset <= lastOffset || size !== 1 || (value !== 0 && value !== 1)) return null;
        lastOffset = offset;
        hints.set(offset, value);
      }
      out.set(func, hints);
    }
    return r.atEnd() ? out : null;
  } catch (e) {
    if (e instanceof WasmDecodeError) return null;
    throw e;
  }
}

export function hintCount(hints: BranchHints): number {
  let n = 0;
  for (const m of hints.values()) n += m.size;
  return n;
}
