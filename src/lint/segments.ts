/** Where active segments land: the constant offset of a segment, when it is one `i32.const`/`i64.const`. */
import type { Instr } from "../module/model.js";

export const PAGE_SIZE = 65536n;

/** The offset an active segment's expression gives, or undefined when it is not a lone constant (a global, arithmetic). */
export function constantOffset(expr: readonly Instr[]): bigint | undefined {
  if (expr.length !== 1) return undefined;
  const ins = expr[0];
  if (ins.op.name === "i32.const" && ins.i32 !== undefined) return BigInt(ins.i32 >>> 0);
  if (ins.op.name === "i64.const" && ins.i64 !== undefined) return BigInt.asUintN(64, ins.i64);
  return undefined;
}
