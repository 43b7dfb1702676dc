/**
 * Instruction decoding: function bodies (locals and code) and constant
 * expressions, the inverse of `encode-code.ts`.
 *
 * The opcode selects a row of the instruction table, and the row's immediate
 * kind says what follows, so one switch over immediate kinds serves every
 * instruction. Structured instructions are decoded with an explicit frame
 * stack, not recursion: deeply nested input cannot overflow the JS stack.
 * The frames are also the label targets, so a branch depth becomes the block
 * it names (or the function for the outermost label) as soon as it is read;
 * a depth beyond the enclosing blocks becomes a `DanglingLabel`.
 *
 * Each instruction is created with `op` and `offset` first, so that V8
 * sees few object shapes; the common shapes by a class each
 * (`decoded-objects.ts`), the rare ones by an object literal.
 */
import type { FeatureSet } from "../isa/features.js";
import { type Imm, instrByOpcode, type InstrDef, MEMORY_ORDERS } from "../isa/instructions.js";
import type {
  Catch,
  CatchKind,
  Func,
  Instr,
  LabelTarget,
  LegacyCatch,
  OnClause,
  Local,
  MemArg,
  MemoryOrder,
  Module,
} from "../module/model.js";
import type { IndexSpaces as ModuleIndexSpaces } from "../module/index-space.js";
import { intList, objectList } from "../module/empty.js";
import { type CodeMetadata, targetProblem } from "../types/code-metadata.js";
import {
  BlockInstr,
  BrTableInstr,
  CallIndirectInstr,
  DecodedLocal,
  DecodedMemArg,
  FuncInstr,
  GlobalInstr,
  I32Instr,
  I64Instr,
  instrList,
  LabelInstr,
  localList,
  LocalInstr,
  MemargInstr,
  PlainInstr,
  TryTableInstr,
  TypedSelectInstr,
} from "./decoded-objects.js";
import { dangling, type TypeSpace } from "./decode-types.js";
import { sameValType } from "../module/resolve-types.js";
import type { Reader } from "./reader.js";

/** The index spaces instructions refer to, filled as the sections are read; types as the type section's reader keeps them. */
export type IndexSpaces = Omit<ModuleIndexSpaces, "types"> & { types: TypeSpace };

/**
 * Receives a function body's instructions as they are read, in place of a
 * body tree: a checker that needs each instruction once (the validator)
 * then holds none of them, so they die young and cost the collector little.
 */
export interface CodeSink {
  /** A function body begins: its locals are read; `module` is decoded up to the code section. */
  begin(func: Func, module: Module): void;
  /** An instruction; a structured one comes at its start, its body left empty. */
  instr(ins: Instr): void;
  /**
   * The innermost open block (or the function) ends a part, at `else`,
   * `catch`, `catch_all`, `delegate` or `end`; the block instruction
   * already records it (`else`, `handlers`, `delegate`).
   */
  close(): void;
  /** Keep the bodies in `func.body` as well: the sink only watches them go by. */
  readonly keepBodies?: boolean;
  /**
   * Takes a whole body from its bytes instead (`start` at its local
   * declarations, `end` just after it), when it can settle it faster than
   * the decoder reads it: true when it took it, and the decoder then skips
   * the body, leaving `func.body` and `func.locals` empty. A sink that
   * takes a body must have found it well-formed, and within `within` (a
   * feature set whose every use outside it would be reported) when given.
   */
  whole?(func: Func, module: Module, bytes: Uint8Array, start: number, end: number, within?: FeatureSet): boolean;
}

/**
 * Engines refuse functions with more locals than this (V8 and wasm-tools
 * both stop at 50000); a declared count above it is hostile input, and each
 * local is an object in the model.
 */
export const MAX_LOCALS = 50000;

const OP_ELSE = 0x05;
const OP_CATCH = 0x07;
const OP_END = 0x0b;
const OP_DELEGATE = 0x18;
const OP_IF = 0x04;
/** Prefix bytes of the multi-byte opcodes: 0xfb GC, 0xfc misc, 0xfd SIMD, 0xfe threads. */
const PREFIX_FIRST = 0xfb;
const PREFIX_LAST = 0xfe;

/**
 * Immediate kinds as small integers: a switch over them compiles to a jump
 * table, where a switch over the kind strings compares them one by one.
 */
const IMM = {
  none: 0,
  block: 1,
  try_table: 2,
  try: 3,
  label: 4,
  br_table: 5,
  br_on_cast: 6,
  func: 7,
  call_indirect: 8,
  type: 9,
  type_field: 10,
  type_count: 11,
  type_data: 12,
  type_elem: 13,
  type_type: 14,
  local: 15,
  global: 16,
  table: 17,
  memory: 18,
  tag: 19,
  elem: 20,
  data: 21,
  table_table: 22,
  table_elem: 23,
  memory_memory: 24,
  memory_data: 25,
  memarg: 26,
  memarg_lane: 27,
  i32: 28,
  i64: 29,
  f32: 30,
  f64: 31,
  v128: 32,
  shuffle: 33,
  lane: 34,
  select: 35,
  heap_type: 36,
  ref_type: 37,
  fence: 38,
  structural: 39,
  resume: 40,
  resume_throw: 41,
  type_tag: 42,
} as const satisfies Record<Imm, number>;
type ImmCode = (typeof IMM)[Imm];
/** The kinds the instruction loop reads in place: the rest go through `uncommon`. */
type InlineImm = "none" | "local" | "global" | "i32" | "i64" | "memarg" | "func" | "label" | "br_table" | "block" | "try" | "structural" | "call_indirect" | "select";
/**
 * Not an immediate kind: `select` with a type vector (its `altCode`). The
 * loop reads plain `select` in place and leaves this one, like `try_table`,
 * to `uncommon`, whose call there has run by then: read in place, the first
 * of either threw away the loop's optimised code, reached without type
 * feedback.
 */
const TYPED_SELECT = 43;
type UncommonImmCode = (typeof IMM)[Exclude<Imm, InlineImm>] | typeof TYPED_SELECT;

/** The one-byte rows of the instruction table and their immediate kinds, by opcode byte. */
const ONE_BYTE_DEF: readonly (InstrDef | undefined)[] = Array.from({ length: 256 }, (_, code) => instrByOpcode(0, code));
const ONE_BYTE_KIND = Int8Array.from(ONE_BYTE_DEF, (def, code) => (def === undefined ? -1 : def.imm === "select" && code === def.altCode ? TYPED_SELECT : IMM[def.imm]));

const CATCH_KINDS: readonly CatchKind[] = ["catch", "catch_ref", "catch_all", "catch_all_ref"];

/** Frame phases: still in the first body, in an `if`'s else branch, in a legacy `try`'s handler. */
const IN_BODY = 0;
const IN_ELSE = 1;
const IN_HANDLER = 2;

export class CodeDecoder {
  /** Set when a function body names a data segment (the binary must then have a data count section). */
  usesDataIndex = false;

  /** Label targets of the open frames; 0 is the function (null in a constant expression). */
  private readonly targets: (LabelTarget | null)[] = objectList(1);
  private readonly lists: Instr[][] = objectList(1);
  private readonly phases: number[] = intList(1);
  /**
   * The body list of the block, `try` or `try_table` just read, for the
   * loop to read on into: a `try_table`'s is made in `uncommon`, and the
   * loop reading it back from the instruction (of another class than a
   * block's) threw its optimised code away at the first.
   */
  private opened: Instr[] = instrList();
  /** Parameters then locals of the function being decoded. */
  private frameLocals: Local[] = [];
  /** Code metadata of the function being decoded, by offset from the body start. */
  private metadata: Map<number, CodeMetadata[]> | null = null;
  private bodyStart = 0;
  /** Whether the function body being read ends before its section does (another body follows). */
  private bodyEndsBefore = false;
  /** Instructions and functions that received code metadata, so that it can be taken back. */
  readonly described: Array<Instr | Func> = [];

  /** Shared instructions, when sharing (see `share`). */
  private readonly shared: SharedInstrs | null;

  constructor(
    private readonly r: Reader,
    private readonly s: IndexSpaces,
    /** Where function bodies go instead of `func.body`; constant expressions are always kept. */
    private readonly sink: CodeSink | null = null,
    /**
     * Give instructions that are the same one object: those without
     * immediates, with one local, global or function, a small `i32.const`,
     * a load or store of the first memory. They then have no offset. For a
     * module that is only printed (`wasm2wat`): most of a compiler's
     * instructions are of these kinds, and an object for each, kept until
     * the module is printed, is what decoding a large binary spends most of
     * its time and memory on.
     */
    share = false,
  ) {
    this.shared = share ? new SharedInstrs() : null;
  }

  /**
   * Reads one function body (the reader's `end` is the body's end): local
   * declarations, then the code. `metadata` is the code metadata for this body.
   */
  funcBody(func: Func, metadata: Map<number, CodeMetadata[]> | null, sectionEnd: number, module: Module): void {
    if (metadata === null && this.takenWhole(func, module)) return;
    this.funcLocals(func);
    this.funcInstrs(func, metadata, sectionEnd, module);
  }

  /**
   * Whether the sink took the body the reader is at (from its local
   * declarations on) whole; the reader is then past it. Code metadata is
   * attached to instructions, so a body that has some is never offered.
   */
  takenWhole(func: Func, module: Module): boolean {
    const r: Reader = this.r;
    const sink = this.sink;
    if (sink === null || sink.whole === undefined || sink.keepBodies === true) return false;
    if (!sink.whole(func, module, r.buf, r.pos, r.end)) return false;
    func.offset = r.pos;
    r.pos = r.end;
    return true;
  }

  /** The instructions of a body whose locals `funcLocals` has read, from where the reader is. */
  funcInstrs(func: Func, metadata: Map<number, CodeMetadata[]> | null, sectionEnd: number, module: Module): void {
    const r: Reader = this.r;
    const locals = func.locals;
    this.frameLocals = locals.length === 0 ? func.params : func.params.concat(locals);
    this.metadata = metadata;
    if (metadata !== null) this.describe(func, "func", metadata.get(0));
    this.bodyStart = func.offset!;
    this.bodyEndsBefore = r.end < sectionEnd;
    this.sink?.begin(func, module);
    this.shared?.newFunction();
    func.body = this.expr(func, this.sink);
    this.metadata = null;
    this.bodyEndsBefore = false;
    if (r.pos !== r.end) r.fail("section size mismatch", r.pos, "bytes after the end of a function body");
  }

  /** Reads a body's local declarations onto `func` (and its offset), leaving the reader at its instructions. */
  funcLocals(func: Func): void {
    const r: Reader = this.r;
    func.offset = r.pos;
    const params = func.params;
    const locals = localList();
    const groups = r.count();
    let total = 0;
    for (let g = 0; g < groups; g++) {
      const at = r.pos;
      const n = r.u32();
      total += n;
      if (total > MAX_LOCALS) r.fail("too many locals", at, `${total} declared, at most ${MAX_LOCALS}`);
      const type = this.s.types.valType();
      // The encoder writes one run per type change, none empty.
      if (n === 0 || (locals.length > 0 && sameValType(locals[locals.length - 1].type, type))) r.offCanonical = true;
      for (let k = 0; k < n; k++) locals.push(new DecodedLocal(type, params.length + locals.length));
    }
    func.locals = locals;
  }

  /** A constant expression, up to and including its `end`. */
  constExpr(): Instr[] {
    this.frameLocals = [];
    return this.expr(null, null);
  }

  private expr(root: Func | null, sink: CodeSink | null): Instr[] {
    const r: Reader = this.r;
    const s = this.s;
    const types = s.types;
    const targets = this.targets;
    const lists = this.lists;
    const phases = this.phases;
    const metadata = this.metadata;
    // A shared instruction cannot carry metadata: a function with metadata shares nothing.
    const shared = root !== null && metadata === null ? this.shared : null;
    const keep = sink === null || sink.keepBodies === true;
    const body = instrList();
    let top = 0;
    targets[0] = root;
    lists[0] = body;
    let list = body;

    for (;;) {
      const at = r.pos;
      if (at >= r.end) this.missingEnd();
      const code = r.buf[r.pos++];
      let def: InstrDef | undefined = ONE_BYTE_DEF[code];
      // -1 (no such opcode) only where `def` is undefined, which is dealt with first.
      let kind = ONE_BYTE_KIND[code] as ImmCode | typeof TYPED_SELECT;
      let opcode = code;
      // Only prefixed instructions carry a memory order (shared-everything threads).
      let order: MemoryOrder | undefined;
      if (def === undefined) {
        if (code < PREFIX_FIRST || code > PREFIX_LAST) r.fail(`illegal opcode ${opcodeText(code)}`, at);
        opcode = r.u32();
        def = instrByOpcode(code, opcode);
        if (def === undefined) r.fail(`illegal opcode ${opcodeText(code, opcode)}`, at);
        kind = IMM[def.imm];
        if (def.ordered) order = this.memoryOrder();
      }
      let ins: Instr;
      switch (kind) {
        case IMM.none:
          ins = shared === null ? new PlainInstr(def, at) : shared.none(def);
          break;
        case IMM.local: {
          const i = r.u32();
          if (shared === null) ins = new LocalInstr(def, at, this.frameLocals[i] ?? dangling(i));
          else ins = shared.locals(def, this.frameLocals.length)[i] ??= new LocalInstr(def, undefined, this.frameLocals[i] ?? dangling(i));
          break;
        }
        case IMM.global: {
          const i = r.u32();
          if (shared === null || order !== undefined) ins = new GlobalInstr(def, at, entity(s.globals, i));
          else ins = shared.entities(def, s.globals.length)[i] ??= new GlobalInstr(def, undefined, entity(s.globals, i));
          break;
        }
        case IMM.i32: {
          const value = r.s32();
          if (shared === null || value < SHARED_I32_MIN || value > SHARED_I32_MAX) ins = new I32Instr(def, at, value);
          else ins = shared.constants(def)[value - SHARED_I32_MIN] ??= new I32Instr(def, undefined, value);
          break;
        }
        case IMM.i64: {
          const value = shared === null ? null : r.s64Small();
          ins = value === null ? new I64Instr(def, at, r.s64()) : shared!.i64(def, value);
          break;
        }
        case IMM.memarg: {
          if (shared === null) {
            ins = new MemargInstr(def, at, this.memarg());
            break;
          }
          // Read apart, so that a shared instruction costs no memarg.
          const head = this.memargHead();
          const offset = this.memargOffset();
          const memory = s.memories[0];
          if (head < 64 && typeof offset === "number" && offset < SHARED_OFFSET_LIMIT && memory !== undefined) ins = shared.memarg(def, memory, head, offset);
          else ins = new MemargInstr(def, at, memargOf(s, head, offset));
          break;
        }
        case IMM.func: {
          const i = r.u32();
          if (shared === null) ins = new FuncInstr(def, at, entity(s.funcs, i));
          else ins = shared.entities(def, s.funcs.length)[i] ??= new FuncInstr(def, undefined, entity(s.funcs, i));
          break;
        }
        case IMM.label: {
          const depth = r.u32();
          if (shared === null || depth > top) ins = new LabelInstr(def, at, labelAt(targets, top, depth));
          else ins = shared.branch(def, targets[top - depth]!);
          break;
        }
        case IMM.br_table: {
          const n = r.count();
          const labels: LabelTarget[] = new Array<LabelTarget>(n + 1);
          for (let k = 0; k <= n; k++) labels[k] = labelAt(targets, top, r.u32());
          ins = new BrTableInstr(def, at, labels);
          break;
        }
        case IMM.block:
        case IMM.try:
          // Its body is read next (below), as a `try_table`'s, which `uncommon` reads.
          ins = new BlockInstr(def, at, types.blockType(), (this.opened = instrList()));
          break;
        case IMM.structural: {
          if (code === OP_END) {
            sink?.close();
            if (top === 0) return body;
            top--;
            list = lists[top];
            continue;
          }
          const owner = targets[top] as Instr | null;
          if (code === OP_ELSE) {
            if (top === 0 || owner!.op.code !== OP_IF || owner!.op.prefix !== 0 || phases[top] !== IN_BODY) {
              r.fail("misplaced ELSE opcode", at);
            }
            owner!.else = lists[top] = list = instrList();
            phases[top] = IN_ELSE;
            sink?.close();
            continue;
          }
          top = this.legacyHandler(code, at, top);
          list = lists[top];
          sink?.close();
          continue;
        }
        case IMM.call_indirect: {
          const type = types.ref(r.u32());
          ins = new CallIndirectInstr(def, at, type, entity(s.tables, r.u32()));
          break;
        }
        case IMM.select:
          ins = new PlainInstr(def, at);
          break;
        default:
          ins = this.uncommon(kind, def, at, opcode, top);
          break;
      }
      if (order !== undefined) ins.order = order;
      if (metadata !== null) this.describe(ins, ins.op.name, metadata.get(at - this.bodyStart));
      if (sink !== null) sink.instr(ins);
      if (keep) list.push(ins);
      if (kind >= IMM.block && kind <= IMM.try) {
        // A block, `try` or `try_table`: the instructions that follow are its body's.
        top++;
        targets[top] = ins;
        lists[top] = list = this.opened;
        phases[top] = IN_BODY;
      }
    }
  }

  /** A `try_table` up to its body, which is read into `inner`. */
  private tryTable(def: InstrDef, at: number, top: number, inner: Instr[]): Instr {
    const blockType = this.s.types.blockType();
    const n = this.r.count();
    const catches: Catch[] = [];
    for (let k = 0; k < n; k++) catches.push(this.catchClause(this.targets, top));
    return new TryTableInstr(def, at, blockType, catches, inner);
  }

  /**
   * A legacy `catch`, `catch_all` or `delegate` closing what the `try` at
   * `top` read so far; apart from `expr`, like `uncommon`. Gives the level
   * whose list takes the instructions that follow.
   */
  private legacyHandler(code: number, at: number, top: number): number {
    const r: Reader = this.r;
    const owner = this.targets[top] as Instr | null;
    if (top === 0 || owner!.op.imm !== "try") r.fail(`misplaced ${code === OP_DELEGATE ? "DELEGATE" : "CATCH"} opcode`, at);
    const tryInstr = owner!;
    if (code === OP_DELEGATE) {
      if (tryInstr.handlers !== undefined) r.fail("misplaced DELEGATE opcode", at);
      // The delegate label counts from outside the try.
      tryInstr.delegate = labelAt(this.targets, top - 1, r.u32());
      return top - 1;
    }
    const handler: LegacyCatch = code === OP_CATCH ? { tag: entity(this.s.tags, r.u32()), body: instrList() } : { body: instrList() };
    (tryInstr.handlers ??= []).push(handler);
    this.phases[top] = IN_HANDLER;
    this.lists[top] = handler.body;
    return top;
  }

  /**
   * Instructions with the immediates most code uses rarely. Optimised code
   * throws itself away when it meets a path it never ran; out here, the
   * first rare instruction of each kind costs this function's code, not
   * the whole instruction loop's.
   */
  private uncommon(kind: UncommonImmCode, def: InstrDef, at: number, opcode: number, top: number): Instr {
    const r: Reader = this.r;
    const s = this.s;
    const types = s.types;
    const targets = this.targets;
    switch (kind) {
      case IMM.try_table:
        return this.tryTable(def, at, top, (this.opened = instrList()));
      case TYPED_SELECT:
        return new TypedSelectInstr(def, at, types.valTypes());
      case IMM.f32:
        return new I32Instr(def, at, r.f32Bits());
      case IMM.f64:
        return new I64Instr(def, at, r.f64Bits());
      case IMM.memarg_lane: {
        const memarg = this.memarg();
        return { op: def, offset: at, memarg, index: r.byte() };
      }
      case IMM.type:
        return { op: def, offset: at, type: types.ref(r.u32()) };
      case IMM.type_field:
      case IMM.type_count: {
        const type = types.ref(r.u32());
        return { op: def, offset: at, type, index: r.u32() };
      }
      case IMM.type_data: {
        const type = types.ref(r.u32());
        return { op: def, offset: at, type, data: this.data(r.u32()) };
      }
      case IMM.type_elem: {
        const type = types.ref(r.u32());
        return { op: def, offset: at, type, elem: entity(s.elems, r.u32()) };
      }
      case IMM.type_type: {
        const type = types.ref(r.u32());
        return { op: def, offset: at, type, type2: types.ref(r.u32()) };
      }
      case IMM.table:
        return { op: def, offset: at, table: entity(s.tables, r.u32()) };
      case IMM.memory:
        return { op: def, offset: at, memory: entity(s.memories, r.u32()) };
      case IMM.tag:
        return { op: def, offset: at, tag: entity(s.tags, r.u32()) };
      case IMM.elem:
        return { op: def, offset: at, elem: entity(s.elems, r.u32()) };
      case IMM.data:
        return { op: def, offset: at, data: this.data(r.u32()) };
      case IMM.table_table: {
        const table = entity(s.tables, r.u32());
        return { op: def, offset: at, table, table2: entity(s.tables, r.u32()) };
      }
      case IMM.table_elem: {
        const elem = entity(s.elems, r.u32());
        return { op: def, offset: at, elem, table: entity(s.tables, r.u32()) };
      }
      case IMM.memory_memory: {
        const memory = entity(s.memories, r.u32());
        return { op: def, offset: at, memory, memory2: entity(s.memories, r.u32()) };
      }
      case IMM.memory_data: {
        const data = this.data(r.u32());
        return { op: def, offset: at, data, memory: entity(s.memories, r.u32()) };
      }
      case IMM.v128:
      case IMM.shuffle:
        return { op: def, offset: at, bytes: r.bytes(16).slice() };
      case IMM.lane:
        return { op: def, offset: at, index: r.byte() };
      case IMM.heap_type: {
        const null_ = types.refTo(true);
        const ins: Instr = { op: def, offset: at, heapType: null_.heap };
        if (null_.exact) ins.exactHeap = true;
        if (null_.shared) ins.sharedHeap = true;
        return ins;
      }
      case IMM.ref_type:
        return { op: def, offset: at, refType: types.refTo(opcode === def.altCode) };
      case IMM.br_on_cast: {
        const flagsAt = r.pos;
        const flags = r.byte();
        if (flags > 3) r.fail("malformed br_on_cast flags", flagsAt);
        const label = labelAt(targets, top, r.u32());
        return { op: def, offset: at, label, refType: types.refTo((flags & 1) !== 0), refType2: types.refTo((flags & 2) !== 0) };
      }
      case IMM.type_tag: {
        const type = types.ref(r.u32());
        return { op: def, offset: at, type, tag: entity(s.tags, r.u32()) };
      }
      case IMM.resume: {
        const type = types.ref(r.u32());
        return { op: def, offset: at, type, onClauses: this.onClauses(targets, top) };
      }
      case IMM.resume_throw: {
        const type = types.ref(r.u32());
        const tag = entity(s.tags, r.u32());
        return { op: def, offset: at, type, tag, onClauses: this.onClauses(targets, top) };
      }
      case IMM.fence: {
        const zeroAt = r.pos;
        if (r.byte() !== 0) r.fail("zero byte expected", zeroAt);
        return new PlainInstr(def, at);
      }
    }
  }

  private memoryOrder(): MemoryOrder {
    const r: Reader = this.r;
    const at = r.pos;
    const order = MEMORY_ORDERS[r.byte()];
    if (order === undefined) r.fail("malformed memory order", at);
    return order;
  }

  /** Reading an opcode at the end of the body: the final `end` is missing. */
  private missingEnd(): never {
    const r: Reader = this.r;
    return r.fail(this.bodyEndsBefore ? "END opcode expected" : r.eofReason, r.pos);
  }

  /**
   * Gives an instruction (`op` its mnemonic) or a whole function (`op`
   * "func", the items at offset 0) its items. Items that may not describe it
   * are left out: their text would not read back, so their section stays raw.
   */
  private describe(target: Instr | Func, op: string, items: CodeMetadata[] | undefined): void {
    const fitting = items?.filter((item) => targetProblem(item.kind, op) === undefined);
    if (fitting === undefined || fitting.length === 0) return;
    target.metadata = fitting;
    this.described.push(target);
  }

  /** memarg: alignment flags (bit 6: a memory index follows), memory index, offset (u64). */
  private memarg(): MemArg {
    const head = this.memargHead();
    return memargOf(this.s, head, this.memargOffset());
  }

  /** A memarg's alignment and memory index as one number, `index * 64 + align`. */
  private memargHead(): number {
    const r: Reader = this.r;
    const at = r.pos;
    const flags = r.u32();
    if (flags >= 0x80) r.fail("malformed memop flags", at);
    if (flags < 0x40) return flags;
    const index = r.u32();
    // Memory 0 goes without its index.
    if (index === 0) r.offCanonical = true;
    return index * 64 + flags - 0x40;
  }

  /** A memarg's offset: a number below 2^49 (almost every one), a bigint beyond. */
  private memargOffset(): number | bigint {
    const r: Reader = this.r;
    // Most offsets are zero.
    if (r.pos < r.end && r.buf[r.pos] === 0) {
      r.pos++;
      return 0;
    }
    return r.u64Small() ?? r.u64();
  }

  private catchClause(targets: (LabelTarget | null)[], top: number): Catch {
    const r: Reader = this.r;
    const at = r.pos;
    const kindCode = r.byte();
    const kind = CATCH_KINDS[kindCode];
    if (kind === undefined) r.fail("malformed catch clause", at, `kind 0x${kindCode.toString(16)}`);
    if (kindCode < 2) {
      const tag = entity(this.s.tags, r.u32());
      return { kind, tag, label: labelAt(targets, top, r.u32()) };
    }
    return { kind, label: labelAt(targets, top, r.u32()) };
  }

  /** A resume handler vector: 0x00 tag label for `(on $tag $label)`, 0x01 tag for `(on $tag switch)`. */
  private onClauses(targets: (LabelTarget | null)[], top: number): OnClause[] {
    const r: Reader = this.r;
    const n = r.count();
    const clauses: OnClause[] = [];
    for (let k = 0; k < n; k++) {
      const at = r.pos;
      const kind = r.byte();
      if (kind > 1) r.fail("malformed handler clause", at, `kind 0x${kind.toString(16)}`);
      const tag = entity(this.s.tags, r.u32());
      clauses.push(kind === 0 ? { tag, label: labelAt(targets, top, r.u32()) } : { tag });
    }
    return clauses;
  }

  private data(index: number) {
    this.usesDataIndex = true;
    return entity(this.s.datas, index);
  }
}

/** The entity at `index` of a space, or a `Dangling` that keeps the index. */
export function entity<T>(space: readonly T[], index: number): T | { entity: "dangling"; index: number } {
  return space[index] ?? dangling(index);
}

/** The target of branch depth `depth` from frame `top`: a block, the function, or dangling. */
function labelAt(targets: readonly (LabelTarget | null)[], top: number, depth: number): LabelTarget {
  return (depth <= top ? targets[top - depth] : null) ?? { entity: "dangling-label", depth };
}

/** The memarg of `memargHead`'s number and an offset. */
function memargOf(s: IndexSpaces, head: number, offset: number | bigint): MemArg {
  return new DecodedMemArg(entity(s.memories, Math.floor(head / 64)), head % 64, BigInt(offset));
}

/** An opcode as the spec's messages write it: hex bytes, a prefixed opcode's sub-opcode in decimal. */
function opcodeText(byte: number, sub?: number): string {
  return `${byte.toString(16)}${sub !== undefined ? ` ${sub}` : ""}`;
}

/** The `i32.const` values shared when sharing: the small ones compilers use most. */
const SHARED_I32_MIN = -128;
const SHARED_I32_MAX = 1023;
/** Loads and stores of the first memory are shared when their offset is below this. */
const SHARED_OFFSET_LIMIT = 1 << 24;

/**
 * The shared instructions of one decode (see `CodeDecoder`'s `share`):
 * module-wide for those without immediates, with a global or a function,
 * small `i32` constants, `i64` constants below 2^48 in magnitude, loads
 * and stores; per function for those with a local or a label (compilers
 * branch to a few blocks many times: Go to its loops' heads). A row holds
 * an instruction's shared forms by immediate (index, or constant minus
 * `SHARED_I32_MIN`).
 */
class SharedInstrs {
  private readonly plain = new Map<InstrDef, Instr>();
  private readonly constantRows = new Map<InstrDef, Instr[]>();
  private readonly entityRows = new Map<InstrDef, Instr[]>();
  /** By offset and alignment, `offset * 64 + align`. */
  private readonly memargs = new Map<InstrDef, Map<number, Instr>>();
  /** By value: compilers use a few constants often (Go: stack offsets, addresses). */
  private readonly i64s = new Map<InstrDef, Map<number, Instr>>();
  private localRows = new Map<InstrDef, Instr[]>();
  private branches = new Map<InstrDef, Map<LabelTarget, Instr>>();

  newFunction(): void {
    if (this.localRows.size > 0) this.localRows = new Map();
    if (this.branches.size > 0) this.branches = new Map();
  }

  none(def: InstrDef): Instr {
    let ins = this.plain.get(def);
    if (ins === undefined) this.plain.set(def, (ins = new PlainInstr(def, undefined)));
    return ins;
  }

  /** A load or store of the first memory, `memory`, with an offset below `SHARED_OFFSET_LIMIT`. */
  memarg(def: InstrDef, memory: MemArg["memory"], align: number, offset: number): Instr {
    const row = mapOf(this.memargs, def);
    const key = offset * 64 + align;
    let ins = row.get(key);
    if (ins === undefined) row.set(key, (ins = new MemargInstr(def, undefined, new DecodedMemArg(memory, align, BigInt(offset)))));
    return ins;
  }

  /** A branch to a block of the function (or the function), not a dangling one. */
  branch(def: InstrDef, target: LabelTarget): Instr {
    let row = this.branches.get(def);
    if (row === undefined) this.branches.set(def, (row = new Map()));
    let ins = row.get(target);
    if (ins === undefined) row.set(target, (ins = new LabelInstr(def, undefined, target)));
    return ins;
  }

  i64(def: InstrDef, value: number): Instr {
    const row = mapOf(this.i64s, def);
    let ins = row.get(value);
    if (ins === undefined) row.set(value, (ins = new I64Instr(def, undefined, BigInt(value))));
    return ins;
  }

  constants(def: InstrDef): Instr[] {
    return rowOf(this.constantRows, def, SHARED_I32_MAX - SHARED_I32_MIN + 1);
  }

  /** `size`: the entities of the space (a row is made once for the module). */
  entities(def: InstrDef, size: number): Instr[] {
    return rowOf(this.entityRows, def, size);
  }

  /** `size`: the function's parameters and locals. */
  locals(def: InstrDef, size: number): Instr[] {
    return rowOf(this.localRows, def, size);
  }
}

function mapOf(maps: Map<InstrDef, Map<number, Instr>>, def: InstrDef): Map<number, Instr> {
  let map = maps.get(def);
  if (map === undefined) maps.set(def, (map = new Map()));
  return map;
}

/** A row sized for the immediates it shares, so that reading or storing one stays in its bounds. */
function rowOf(rows: Map<InstrDef, Instr[]>, def: InstrDef, size: number): Instr[] {
  let row = rows.get(def);
  if (row === undefined) rows.set(def, (row = objectList(size)));
  return row;
}
