/**
 * Instruction encoding: function bodies and constant expressions.
 *
 * Takes instruction lists of the resolved model whose entities already carry
 * their `index` (assigned by `encode`), writes them to a ByteWriter. Structured
 * instructions are walked with an explicit frame stack, not recursion, so
 * deeply nested compiler output cannot overflow the JS stack; the same stack
 * holds the enclosing label targets used to turn bound labels into relative
 * depths. Branch hints and label names (for the name section) are collected on
 * the way, so no second walk over the code is needed.
 */
import type {
  BlockType,
  DanglingLabel,
  Func,
  HeapType,
  Instr,
  LabelTarget,
  Local,
  RefType,
  StorageType,
  ValType,
} from "../module/model.js";
import { sameValType } from "../module/resolve-types.js";
import { MEMORY_ORDERS } from "../isa/instructions.js";
import { WasmEncodeError } from "./encode-error.js";
import { type RelocSite, writeRelocated } from "./encode-relocated.js";
import type { ByteWriter } from "./writer.js";
import type { PlacedMetadata } from "./code-metadata-sections.js";
import type { CodeMetadata } from "../types/code-metadata.js";

/** The prefix of an exact heap type (custom-descriptors). */
export const EXACT_HEAP = 0x62;
/** The prefix of a shared abstract heap type and of a shared composite type (shared-everything threads). */
export const SHARED_PREFIX = 0x65;

/** Binary opcodes of the parts of structured instructions (not rows of their own). */
const OP_ELSE = 0x05;
const OP_CATCH = 0x07;
const OP_DELEGATE = 0x18;
const OP_CATCH_ALL = 0x19;
const OP_END = 0x0b;

/** One-byte forms of the abstract heap types (also the short `(ref null ht)` value types). */
const ABS_HEAP_BYTE: Readonly<Record<string, number>> = {
  func: 0x70,
  extern: 0x6f,
  any: 0x6e,
  eq: 0x6d,
  i31: 0x6c,
  struct: 0x6b,
  array: 0x6a,
  exn: 0x69,
  none: 0x71,
  noextern: 0x72,
  nofunc: 0x73,
  noexn: 0x74,
  cont: 0x68,
  nocont: 0x75,
};

const NUM_TYPE_BYTE: Readonly<Record<string, number>> = {
  i32: 0x7f,
  i64: 0x7e,
  f32: 0x7d,
  f64: 0x7c,
  v128: 0x7b,
  i8: 0x78,
  i16: 0x77,
};

/** A signed 33-bit LEB128 (type indices in heap and block types). */
export function writeS33(w: ByteWriter, n: number): void {
  w.s33(n);
}

/** A heap type; an exact one (custom-descriptors) is its type index after 0x62, a shared abstract one its byte after 0x65. */
export function writeHeapType(w: ByteWriter, heap: HeapType, exact = false, shared = false): void {
  if (exact) w.byte(EXACT_HEAP);
  if (shared) w.byte(SHARED_PREFIX);
  if (typeof heap === "string") {
    const b = ABS_HEAP_BYTE[heap];
    if (b === undefined) throw new WasmEncodeError(`unknown heap type "${heap}"`);
    w.byte(b);
  } else {
    writeS33(w, heap.index);
  }
}

export function writeRefType(w: ByteWriter, t: RefType): void {
  if (typeof t.heap === "string") {
    // Nullable abstract heap types have one-byte short forms; wasm-tools always uses them.
    if (!t.nullable) w.byte(0x64);
  } else {
    w.byte(t.nullable ? 0x63 : 0x64);
  }
  writeHeapType(w, t.heap, t.exact, t.shared);
}

/** Value types and storage types (packed i8/i16 included). */
export function writeValType(w: ByteWriter, t: ValType | StorageType): void {
  if (typeof t === "string") {
    const b = NUM_TYPE_BYTE[t];
    if (b === undefined) throw new WasmEncodeError(`unknown value type "${t}"`);
    w.byte(b);
  } else {
    writeRefType(w, t);
  }
}

export function writeBlockType(w: ByteWriter, bt: BlockType): void {
  switch (bt.kind) {
    case "empty":
      w.byte(0x40);
      break;
    case "value":
      writeValType(w, bt.type);
      break;
    case "type":
      writeS33(w, bt.type.index);
      break;
  }
}

/** Local declarations: runs of equal consecutive types. */
export function writeLocals(w: ByteWriter, locals: readonly Local[]): void {
  const n = locals.length;
  let runs = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0 || !sameValType(locals[i].type, locals[i - 1].type)) runs++;
  }
  w.u32(runs);
  for (let i = 0; i < n; ) {
    const t = locals[i].type;
    let j = i + 1;
    while (j < n && sameValType(locals[j].type, t)) j++;
    w.u32(j - i);
    writeValType(w, t);
    i = j;
  }
}

/** A name map entry list: [index, name] pairs in increasing index order. */
export type NameList = Array<[number, string]>;

/**
 * Encodes instruction sequences. One instance serves a whole module: its
 * stacks are reused between bodies, and it accumulates the code metadata and
 * label names of every function it encodes.
 */
export class CodeEncoder {
  private readonly w: ByteWriter;
  /** Label targets of the open frames; index 0 is the function (or null in a constant expression). */
  private targets: (LabelTarget | null)[] = [];
  /** Per open frame: the instruction list being written and the next position in it. */
  private lists: Instr[][] = [];
  private positions: number[] = [];
  /** Per open frame: for `if`, 1 once in the else branch; for `try`, the next handler to write. */
  private phases: number[] = [];

  /** Code metadata items by kind, in the order of the code. */
  readonly metadata = new Map<string, PlacedMetadata[]>();
  /** Label names per function (only when collecting names): [function index, names]. */
  readonly labelNames: Array<[number, NameList]> = [];
  private readonly collectLabels: boolean;
  /** Object files: relocated immediates of the bodies written so far, at their positions in the writer. */
  readonly relocSites: RelocSite[] = [];

  constructor(w: ByteWriter, collectLabels: boolean) {
    this.w = w;
    this.collectLabels = collectLabels;
  }

  /** Writes a defined function's size-prefixed body (locals, instructions, end); returns where its content starts. */
  funcBody(func: Func): number {
    const w = this.w;
    const mark = w.beginSized();
    const bodyStart = w.length;
    // Items of the whole function are at offset 0, the start of its locals, where no instruction is.
    if (func.metadata !== undefined) this.place(func.metadata, func.index, 0);
    writeLocals(w, func.locals);
    const labels: NameList | null = this.collectLabels ? [] : null;
    const sites = this.relocSites;
    const firstSite = sites.length;
    this.instrs(func.body, func, func.index, bodyStart, labels);
    if (labels !== null && labels.length > 0) this.labelNames.push([func.index, labels]);
    const payload = w.endSized(mark);
    // The body slid back over the unused part of its size's reservation.
    for (let k = firstSite; k < sites.length; k++) sites[k].at -= bodyStart - payload;
    return payload;
  }

  /** Writes a constant expression and its end byte. */
  constExpr(body: Instr[]): void {
    this.instrs(body, null, -1, 0, null);
  }

  /** Relative depth of a branch target from the innermost open frame `top`. */
  private depth(target: LabelTarget, top: number): number {
    const targets = this.targets;
    for (let k = top; k >= 0; k--) {
      if (targets[k] === target) return top - k;
    }
    if ((target as DanglingLabel).entity === "dangling-label") return (target as DanglingLabel).depth;
    throw new WasmEncodeError("branch target is not an enclosing block of the branch");
  }

  private place(items: readonly CodeMetadata[], func: number, offset: number): void {
    for (const { kind, data } of items) {
      let list = this.metadata.get(kind);
      if (list === undefined) this.metadata.set(kind, (list = []));
      list.push({ func, offset, data });
    }
  }

  /**
   * Writes `body` and the final end byte. `root` is the outermost label target
   * (the function); `funcIndex` < 0 means a constant expression (no code metadata).
   */
  private instrs(
    body: Instr[],
    root: Func | null,
    funcIndex: number,
    bodyStart: number,
    labels: NameList | null,
  ): void {
    const w = this.w;
    const targets = this.targets;
    const lists = this.lists;
    const positions = this.positions;
    const phases = this.phases;
    let labelCount = 0;
    let top = 0;
    targets[0] = root;
    lists[0] = body;
    let list = body;
    let i = 0;

    for (;;) {
      if (i < list.length) {
        const ins = list[i++];
        const op = ins.op;
        const imm = op.imm;
        if (ins.metadata !== undefined && funcIndex >= 0) this.place(ins.metadata, funcIndex, w.length - bodyStart);
        if (ins.relocs !== undefined) {
          if (funcIndex < 0) throw new Error(`encode: a relocation in a constant expression (${op.name}); object files relocate code and data only`);
          writeRelocated(w, ins, this.relocSites);
          continue;
        }
        if (imm === "select") {
          const types = ins.selectTypes;
          if (types === undefined) {
            writeOp(w, op.prefix, op.code);
          } else {
            writeOp(w, op.prefix, op.altCode ?? 0x1c);
            w.u32(types.length);
            for (let k = 0; k < types.length; k++) writeValType(w, types[k]);
          }
          continue;
        }
        if (imm === "ref_type") {
          const rt = ins.refType!;
          writeOp(w, op.prefix, rt.nullable ? op.altCode! : op.code);
          writeHeapType(w, rt.heap, rt.exact, rt.shared);
          continue;
        }
        if (op.prefix === 0) w.byte(op.code);
        else {
          w.byte(op.prefix);
          w.u32(op.code);
        }
        if (op.ordered) {
          if (ins.order === undefined) throw new WasmEncodeError(`${op.name} without a memory order`);
          w.byte(MEMORY_ORDERS.indexOf(ins.order));
        }
        switch (imm) {
          case "none":
            break;
          case "local":
            w.u32(ins.local!.index);
            break;
          case "i32":
            w.s32(ins.i32!);
            break;
          case "memarg": {
            const m = ins.memarg!;
            writeMemArg(w, m.memory.index, m.align, m.offset);
            break;
          }
          case "global":
            w.u32(ins.global!.index);
            break;
          case "func":
            w.u32(ins.func!.index);
            break;
          case "label":
            w.u32(this.depth(ins.label!, top));
            break;
          case "i64":
            w.s64(ins.i64!);
            break;
          case "f32":
            w.f32Bits(ins.i32!);
            break;
          case "f64":
            w.f64Bits(ins.i64!);
            break;
          case "block":
          case "try_table":
          case "try": {
            writeBlockType(w, ins.blockType!);
            if (imm === "try_table") {
              const catches = ins.catches!;
              w.u32(catches.length);
              for (let k = 0; k < catches.length; k++) {
                const c = catches[k];
                switch (c.kind) {
                  case "catch":
                    w.byte(0);
                    w.u32(c.tag!.index);
                    break;
                  case "catch_ref":
                    w.byte(1);
                    w.u32(c.tag!.index);
                    break;
                  case "catch_all":
                    w.byte(2);
                    break;
                  case "catch_all_ref":
                    w.byte(3);
                    break;
                }
                // Catch labels are relative to the outside of the try_table.
                w.u32(this.depth(c.label, top));
              }
            }
            if (labels !== null) {
              if (ins.labelName !== undefined) labels.push([labelCount, ins.labelName]);
              labelCount++;
            }
            positions[top] = i;
            top++;
            targets[top] = ins;
            lists[top] = list = ins.body!;
            phases[top] = 0;
            i = 0;
            break;
          }
          case "br_table": {
            const ls = ins.labels!;
            const last = ls.length - 1;
            w.u32(last);
            for (let k = 0; k <= last; k++) w.u32(this.depth(ls[k], top));
            break;
          }
          case "call_indirect":
            w.u32(ins.type!.index);
            w.u32(ins.table!.index);
            break;
          case "type":
            w.u32(ins.type!.index);
            break;
          case "type_field":
          case "type_count":
            w.u32(ins.type!.index);
            w.u32(ins.index!);
            break;
          case "type_data":
            w.u32(ins.type!.index);
            w.u32(ins.data!.index);
            break;
          case "type_elem":
            w.u32(ins.type!.index);
            w.u32(ins.elem!.index);
            break;
          case "type_type":
            w.u32(ins.type!.index);
            w.u32(ins.type2!.index);
            break;
          case "type_tag":
            w.u32(ins.type!.index);
            w.u32(ins.tag!.index);
            break;
          case "resume":
          case "resume_throw": {
            w.u32(ins.type!.index);
            if (imm === "resume_throw") w.u32(ins.tag!.index);
            const clauses = ins.onClauses!;
            w.u32(clauses.length);
            for (const c of clauses) {
              w.byte(c.label === undefined ? 1 : 0);
              w.u32(c.tag.index);
              if (c.label !== undefined) w.u32(this.depth(c.label, top));
            }
            break;
          }
          case "table":
            w.u32(ins.table?.index ?? 0);
            break;
          case "memory":
            w.u32(ins.memory?.index ?? 0);
            break;
          case "tag":
            w.u32(ins.tag!.index);
            break;
          case "elem":
            w.u32(ins.elem!.index);
            break;
          case "data":
            w.u32(ins.data!.index);
            break;
          case "table_table":
            w.u32(ins.table?.index ?? 0);
            w.u32(ins.table2?.index ?? 0);
            break;
          case "table_elem":
            w.u32(ins.elem!.index);
            w.u32(ins.table?.index ?? 0);
            break;
          case "memory_memory":
            w.u32(ins.memory?.index ?? 0);
            w.u32(ins.memory2?.index ?? 0);
            break;
          case "memory_data":
            w.u32(ins.data!.index);
            w.u32(ins.memory?.index ?? 0);
            break;
          case "memarg_lane": {
            const m = ins.memarg!;
            writeMemArg(w, m.memory.index, m.align, m.offset);
            w.byte(ins.index!);
            break;
          }
          case "v128":
          case "shuffle":
            w.bytes(ins.bytes!);
            break;
          case "lane":
            w.byte(ins.index!);
            break;
          case "heap_type":
            writeHeapType(w, ins.heapType!, ins.exactHeap, ins.sharedHeap);
            break;
          case "br_on_cast": {
            const from = ins.refType!;
            const to = ins.refType2!;
            w.byte((from.nullable ? 1 : 0) | (to.nullable ? 2 : 0));
            w.u32(this.depth(ins.label!, top));
            writeHeapType(w, from.heap, from.exact, from.shared);
            writeHeapType(w, to.heap, to.exact, to.shared);
            break;
          }
          case "fence":
            w.byte(0);
            break;
          case "structural":
            throw new WasmEncodeError(`"${op.name}" is part of a structured instruction, not one on its own`);
          default: {
            const unknown: never = imm;
            throw new WasmEncodeError(`unknown immediate kind "${unknown as string}" of "${op.name}"`);
          }
        }
        continue;
      }

      // The list of the innermost frame is done.
      if (top === 0) {
        w.byte(OP_END);
        break;
      }
      const owner = targets[top] as Instr;
      const ownerImm = owner.op.imm;
      if (ownerImm === "try") {
        const handlers = owner.handlers;
        const h = phases[top];
        if (handlers !== undefined && h < handlers.length) {
          const handler = handlers[h];
          if (handler.tag !== undefined) {
            w.byte(OP_CATCH);
            w.u32(handler.tag.index);
          } else {
            w.byte(OP_CATCH_ALL);
          }
          phases[top] = h + 1;
          lists[top] = list = handler.body;
          i = 0;
          continue;
        }
        if (owner.delegate !== undefined) {
          // `delegate` replaces `end`; its depth counts from outside the try.
          top--;
          w.byte(OP_DELEGATE);
          w.u32(this.depth(owner.delegate, top));
          list = lists[top];
          i = positions[top];
          continue;
        }
      } else if (ownerImm === "block" && owner.else !== undefined && phases[top] === 0) {
        w.byte(OP_ELSE);
        phases[top] = 1;
        lists[top] = list = owner.else;
        i = 0;
        continue;
      }
      w.byte(OP_END);
      top--;
      list = lists[top];
      i = positions[top];
    }
  }
}

export function writeOp(w: ByteWriter, prefix: number, code: number): void {
  if (prefix === 0) w.byte(code);
  else {
    w.byte(prefix);
    w.u32(code);
  }
}

/** memarg: alignment (bit 6 set when a memory index follows), memory index if not 0, offset (a number when below 2^32). */
export function writeMemArg(w: ByteWriter, memory: number, align: number, offset: bigint | number): void {
  if (memory === 0) w.u32(align);
  else {
    w.u32(align | 0x40);
    w.u32(memory);
  }
  if (typeof offset === "number") w.u32(offset);
  else if (offset === 0n) w.byte(0);
  else w.u64(offset);
}
