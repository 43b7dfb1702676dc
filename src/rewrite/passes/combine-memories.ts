/**
 * Combining a merged module's memories into one, for engines without
 * multi-memory (Node 20), the way Binaryen's multi-memory lowering lays
 * them out: each memory gets a base address in the combined memory (the
 * sum of the initial sizes before it); loads and stores add the base to
 * their static offset, `memory.fill`/`copy`/`init` go through helpers
 * that add it to their addresses, and active data segments move by it.
 *
 * What is supported, and refused with a message otherwise:
 * - defined 32-bit unshared memories only (an imported one belongs to the host);
 * - at most one memory that code grows, which goes last: the others have
 *   fixed sizes (their `memory.size` becomes a constant), the last one's
 *   `memory.size`/`memory.grow` count pages from its base;
 * - only a memory at base 0 may stay exported;
 * - data segments at constant offsets, inside their memory's initial size.
 * Bounds are those of the combined memory: an access past the end of one
 * module's memory reaches the next one's instead of trapping.
 */
import type { Data, Func, Instr, Memory, Module } from "../../module/model.js";
import { indexSpaces } from "../../module/index-space.js";
import { addFunc, i32Const, op } from "../../module/build.js";
import { PassError } from "../pass.js";
import { constRange, hex, pagesText } from "../placement.js";
import { pushBodies } from "../../module/code-walk.js";

const PAGE = 65536;

/** Combines the memories of `module` into one; `owner` names the input each memory came from, for messages. */
export function combineMemories(module: Module, owner: (memory: Memory) => string): void {
  const memories = indexSpaces(module).memories;
  if (memories.length <= 1) return;
  const fail = (reason: string): never => {
    throw new PassError("merge", `memories=combine: ${reason}`);
  };
  const describe = (m: Memory) => `the memory${m.name !== undefined ? ` $${m.name}` : ""} of "${owner(m)}"`;
  for (const m of memories) {
    if (m.import !== undefined) fail(`${describe(m)} is imported ("${m.import.module}" "${m.import.name}"); only defined memories can be combined`);
    if (m.limits.addressType !== "i32") fail(`${describe(m)} is 64-bit; only 32-bit memories can be combined`);
    if (m.limits.shared) fail(`${describe(m)} is shared; shared memories cannot be combined`);
  }
  const grown = new Set<Memory>();
  forEachBody(module, (code) => {
    for (const ins of code) if (ins.op.name === "memory.grow" && ins.memory?.entity === "memory") grown.add(ins.memory);
  });
  if (grown.size > 1) fail(`code grows ${[...grown].map(describe).join(" and ")}; only one memory, the last, may grow`);
  const order = [...memories.filter((m) => !grown.has(m)), ...grown];
  const base = new Map<Memory, number>();
  const size = new Map<Memory, number>();
  let pages = 0;
  for (const m of order) {
    base.set(m, pages);
    size.set(m, Number(m.limits.min));
    pages += Number(m.limits.min);
  }
  const last = order[order.length - 1];
  const lastMax = last.limits.max !== undefined ? base.get(last)! + Number(last.limits.max) : undefined;
  if (pages > PAGE || (lastMax ?? 0) > PAGE) fail(`the memories need ${Math.max(pages, lastMax ?? 0)} pages together, more than a 32-bit memory has`);
  for (const x of module.exports) {
    if (x.target.entity === "memory" && base.get(x.target as Memory)! > 0)
      fail(`export "${x.name}" is ${describe(x.target as Memory)}, which would start at ${hex(base.get(x.target as Memory)! * PAGE)} of the combined memory`);
  }
  for (const d of module.datas) relocateData(d, base, describe, fail);

  const combined = order[0];
  combined.limits = { addressType: "i32", min: BigInt(pages), shared: false };
  if (lastMax !== undefined) combined.limits.max = BigInt(lastMax);
  const code = new CodeRelocation(module, combined, base, size, last, fail);
  for (const f of [...module.funcs]) code.relocate(f.body);
  for (const d of module.datas) if (d.mode.kind === "active") d.mode.memory = combined;
  for (const x of module.exports) if (x.target.entity === "memory") x.target = combined;
  module.memories = [combined];
}

function relocateData(d: Data, base: Map<Memory, number>, describe: (m: Memory) => string, fail: (r: string) => never): void {
  if (d.mode.kind !== "active" || d.mode.memory.entity !== "memory") return;
  const memory = d.mode.memory as Memory;
  const at = base.get(memory)! * PAGE;
  const range = constRange(d);
  if (range === undefined) {
    if (at === 0) return;
    return fail(`a data segment of ${describe(memory)} has an offset that is not a constant; it cannot be moved to ${hex(at)}`);
  }
  const size = BigInt(memory.limits.min) * BigInt(PAGE);
  if (range.end > size)
    fail(
      `a data segment of ${describe(memory)} at [${hex(range.start)}, ${hex(range.end)}) is beyond its ${pagesText(memory.limits.min)}; it would overwrite the next memory`,
    );
  d.mode.offset = [i32Const(Number(range.start) + at)];
}

/** Every function body and the sequences nested in it. */
function forEachBody(module: Module, visit: (code: Instr[]) => void): void {
  const stack: Instr[][] = module.funcs.map((f) => f.body);
  while (stack.length > 0) {
    const code = stack.pop()!;
    visit(code);
    for (const ins of code) pushBodies(ins, stack);
  }
}

/** Rewrites memory instructions for the combined memory; makes the helpers they need once each. */
class CodeRelocation {
  private readonly helpers = new Map<string, Func>();

  constructor(
    private readonly module: Module,
    private readonly combined: Memory,
    private readonly base: Map<Memory, number>,
    /** The initial size of each memory, which the ones before the last keep. */
    private readonly size: Map<Memory, number>,
    private readonly last: Memory,
    private readonly fail: (r: string) => never,
  ) {}

  /** Rewrites a body and the sequences nested in it, in place. */
  relocate(body: Instr[]): void {
    const stack: Instr[][] = [body];
    while (stack.length > 0) {
      const seq = stack.pop()!;
      const out: Instr[] = [];
      for (const ins of seq) for (const x of this.instr(ins)) out.push(x);
      seq.length = 0;
      for (const ins of out) {
        seq.push(ins);
        pushBodies(ins, stack);
      }
    }
  }

  private pages(m: Instr["memory"]): number {
    return this.base.get(m as Memory) ?? 0;
  }

  private instr(ins: Instr): Instr[] {
    if (ins.memarg !== undefined) {
      const offset = ins.memarg.offset + BigInt(this.pages(ins.memarg.memory) * PAGE);
      if (offset >= 2n ** 32n) this.fail(`a static offset of ${hex(offset)} does not fit in a memory instruction`);
      ins.memarg = { ...ins.memarg, memory: this.combined, offset };
      return [ins];
    }
    const base = this.pages(ins.memory);
    switch (ins.op.name) {
      case "memory.size":
        if (ins.memory !== this.last) return [i32Const(this.size.get(ins.memory as Memory) ?? 0)];
        return base === 0 ? [this.on(ins)] : [this.on(ins), i32Const(base), { op: op("i32.sub") }];
      case "memory.grow":
        return base === 0 ? [this.on(ins)] : [this.call(`grow ${base}`, ["i32"], ["i32"], ["i32"], growBody(this.combined, base))];
      case "memory.fill":
        return base === 0 ? [this.on(ins)] : [this.call(`fill ${base}`, ["i32", "i32", "i32"], [], [], fillBody(this.combined, base))];
      case "memory.copy": {
        const from = this.pages(ins.memory2);
        if (base === 0 && from === 0) return [{ ...this.on(ins), memory2: this.combined }];
        return [this.call(`copy ${base} ${from}`, ["i32", "i32", "i32"], [], [], copyBody(this.combined, base, from))];
      }
      case "memory.init": {
        if (base === 0) return [this.on(ins)];
        const data = ins.data as Data;
        return [this.call(`init ${base}`, ["i32", "i32", "i32"], [], [], initBody(this.combined, base, data), data)];
      }
      default:
        return [ins];
    }
  }

  private on(ins: Instr): Instr {
    return { ...ins, memory: this.combined };
  }

  /** A call of the helper `key` (one per key, and per data segment for memory.init). */
  private call(key: string, params: "i32"[], results: "i32"[], locals: "i32"[], body: (f: Func) => Instr[], data?: Data): Instr {
    const id = data === undefined ? key : `${key} ${this.module.datas.indexOf(data)}`;
    let helper = this.helpers.get(id);
    if (helper === undefined) {
      helper = addFunc(this.module, { name: `merged.memory.${id.replaceAll(" ", ".")}`, params, results, locals, body });
      this.helpers.set(id, helper);
    }
    return { op: op("call"), func: helper };
  }
}

const get = (f: Func, i: number): Instr => ({ op: op("local.get"), local: i < f.params.length ? f.params[i] : f.locals[i - f.params.length] });
const add = (pages: number): Instr[] => (pages === 0 ? [] : [i32Const(pages * PAGE), { op: op("i32.add") }]);

/** memory.grow of the last memory: the old size counted from its base, or -1 (which stays -1). */
function growBody(memory: Memory, base: number): (f: Func) => Instr[] {
  return (f) => [
    get(f, 0),
    { op: op("memory.grow"), memory },
    { op: op("local.tee"), local: f.locals[0] },
    get(f, 1),
    i32Const(-1),
    { op: op("i32.ne") },
    i32Const(base),
    { op: op("i32.mul") },
    { op: op("i32.sub") },
  ];
}

function fillBody(memory: Memory, base: number): (f: Func) => Instr[] {
  return (f) => [get(f, 0), ...add(base), get(f, 1), get(f, 2), { op: op("memory.fill"), memory }];
}

function copyBody(memory: Memory, to: number, from: number): (f: Func) => Instr[] {
  return (f) => [get(f, 0), ...add(to), get(f, 1), ...add(from), get(f, 2), { op: op("memory.copy"), memory, memory2: memory }];
}

function initBody(memory: Memory, base: number, data: Data): (f: Func) => Instr[] {
  return (f) => [get(f, 0), ...add(base), get(f, 1), get(f, 2), { op: op("memory.init"), memory, data }];
}
