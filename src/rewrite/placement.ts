/**
 * Where bytes go in a memory: the constant address ranges of active data
 * segments, and the check every pass that places bytes makes (inject-data,
 * add-wat, merge) so that no segment silently overwrites another or lies
 * beyond the memory's initial size (instantiation would trap).
 */
import type { Data, Memory, Module } from "../module/model.js";

const PAGE = 65536n;

export interface Range {
  start: bigint;
  end: bigint;
}

/** The addresses an active segment initialises, when its offset is a constant. */
export function constRange(data: Data): Range | undefined {
  if (data.mode.kind !== "active" || data.mode.offset.length !== 1) return undefined;
  const ins = data.mode.offset[0];
  let start: bigint;
  if (ins.op.name === "i32.const" && ins.i32 !== undefined) start = BigInt(ins.i32 >>> 0);
  else if (ins.op.name === "i64.const" && ins.i64 !== undefined) start = BigInt.asUintN(64, ins.i64);
  else return undefined;
  return { start, end: start + BigInt(data.bytes.length) };
}

export function hex(n: bigint | number): string {
  return `0x${n.toString(16)}`;
}

/** `1 page`, `3 pages`. */
export function pagesText(n: bigint | number): string {
  return `${n} ${BigInt(n) === 1n ? "page" : "pages"}`;
}

/** `data segment 2 ($config) at [0x400, 0x480)`. */
export function describeSegment(module: Module, data: Data, range: Range): string {
  const name = data.name !== undefined ? ` ($${data.name})` : "";
  return `data segment ${module.datas.indexOf(data)}${name} at [${hex(range.start)}, ${hex(range.end)})`;
}

/**
 * Why `length` bytes cannot go at `start` of `memory`: they overlap an
 * active segment of the module at a constant offset (other than those of
 * `except`), or end past the memory's minimum size. Undefined when they fit.
 */
export function placementProblem(module: Module, memory: Memory, range: Range, except: ReadonlySet<Data> = new Set()): string | undefined {
  const size = memory.limits.min * PAGE;
  if (range.end > size) {
    return `[${hex(range.start)}, ${hex(range.end)}) is beyond the memory's minimum size of ${pagesText(memory.limits.min)} (${hex(size)} bytes)`;
  }
  if (range.end === range.start) return undefined;
  for (const data of module.datas) {
    if (except.has(data) || data.mode.kind !== "active" || data.mode.memory !== memory) continue;
    const other = constRange(data);
    if (other === undefined || other.end === other.start) continue;
    if (range.start < other.end && other.start < range.end) {
      return `[${hex(range.start)}, ${hex(range.end)}) overlaps ${describeSegment(module, data, other)}`;
    }
  }
  return undefined;
}
