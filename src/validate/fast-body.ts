/**
 * A fast path for checking function bodies: reads opcodes and immediates
 * straight from the bytes, with no instruction objects, and types them on
 * an operand stack of type codes, driven by the validator's per-instruction
 * tables (`rules.ts`, derived from the instruction table).
 *
 * It settles only what it can settle for certain: a body it reads to the
 * end with every operand exactly of the type wanted is valid. Anything else
 * (a reference whose subtyping it would have to decide, a non-defaultable
 * local, an instruction outside the common set, bytes the decoder might
 * find malformed, a type mismatch) makes it give up, and the body goes to
 * the full checker (`typecheck-code.ts`), which alone reports problems: a
 * verdict, message and offset are the same whichever path a body takes.
 * So it never needs to be right about an invalid body, only never to
 * accept one (test/validate/fast-body.test.ts compares the two on every
 * spec and corpus body).
 */
import type { FeatureSet } from "../isa/features.js";
import type { Imm } from "../isa/instructions.js";
import { INSTRUCTIONS, instrByOpcode } from "../isa/instructions.js";
import type { IndexSpaces } from "../module/index-space.js";
import { MAX_LOCALS } from "../binary/decode-code.js";
import { grown } from "./grown.js";
import { ADDR, ATOMIC, fillRules, LANES, PARAMS, R, RESULTS, RULE } from "./rules.js";
import { BOT, F32, F64, H_FUNC, I32, I64, KIND_FUNC, refCode, SHARED, type TypeTable, V128 } from "./type-table.js";

/** Immediate kinds the fast path reads; every other kind gives up. */
const F = {
  GIVE_UP: 0,
  NONE: 1,
  I32: 2,
  I64: 3,
  F32: 4,
  F64: 5,
  V128: 6,
  INDEX: 7,
  INDEX_INDEX: 8,
  BLOCK: 9,
  BR_TABLE: 10,
  MEMARG: 11,
  MEMARG_LANE: 12,
  LANE: 13,
  SHUFFLE: 14,
  SELECT: 15,
  FENCE: 16,
  STRUCTURAL: 17,
} as const;

const FAST_IMM: Partial<Record<Imm, number>> = {
  none: F.NONE,
  i32: F.I32,
  i64: F.I64,
  f32: F.F32,
  f64: F.F64,
  v128: F.V128,
  block: F.BLOCK,
  try: F.BLOCK,
  label: F.INDEX,
  func: F.INDEX,
  local: F.INDEX,
  global: F.INDEX,
  memory: F.INDEX,
  tag: F.INDEX,
  call_indirect: F.INDEX_INDEX,
  memory_memory: F.INDEX_INDEX,
  br_table: F.BR_TABLE,
  memarg: F.MEMARG,
  memarg_lane: F.MEMARG_LANE,
  lane: F.LANE,
  shuffle: F.SHUFFLE,
  select: F.SELECT,
  fence: F.FENCE,
  structural: F.STRUCTURAL,
};

/**
 * Per opcode key (a one-byte opcode, or `256 * prefix slot + sub-opcode`
 * for the prefixed ones up to `PREFIXED_SUBS`): the instruction's id, or -1.
 */
const PREFIXES = [0xfb, 0xfc, 0xfd, 0xfe];
const PREFIXED_SUBS = 512;
const OP_ID = new Int16Array(256 + PREFIXES.length * PREFIXED_SUBS).fill(-1);
/** Per instruction id: how its immediates are read (`F`), and its second opcode (typed select). */
const IMM_OF = new Uint8Array(INSTRUCTIONS.length);
const ALT_CODE = new Int32Array(INSTRUCTIONS.length).fill(-1);
/** Per instruction id: its natural alignment (log2). */
const ALIGN = new Uint8Array(INSTRUCTIONS.length);
for (const def of INSTRUCTIONS) {
  IMM_OF[def.id] = def.ordered ? F.GIVE_UP : (FAST_IMM[def.imm] ?? F.GIVE_UP);
  ALIGN[def.id] = def.align ?? 0;
  if (def.altCode !== undefined) ALT_CODE[def.id] = def.altCode;
}
for (let code = 0; code < 256; code++) OP_ID[code] = instrByOpcode(0, code)?.id ?? -1;
PREFIXES.forEach((prefix, slot) => {
  for (let sub = 0; sub < PREFIXED_SUBS; sub++) OP_ID[256 + slot * PREFIXED_SUBS + sub] = instrByOpcode(prefix, sub)?.id ?? -1;
});

/** Value types written as one byte (numbers and v128), by byte; 0 for the others. */
const NUM_BYTE = new Uint8Array(256);
NUM_BYTE[0x7f] = I32;
NUM_BYTE[0x7e] = I64;
NUM_BYTE[0x7d] = F32;
NUM_BYTE[0x7c] = F64;
NUM_BYTE[0x7b] = V128;

const OP_ELSE = 0x05;
const OP_CATCH = 0x07;
const OP_CATCH_ALL = 0x19;
const OP_DELEGATE = 0x18;
const OP_END = 0x0b;
const EMPTY_BLOCK = 0x40;

/** Frame kinds, as `typecheck-code.ts` has them; `CATCH_ALL` is a handler after which no other may come. */
const K_FUNC = 0;
const K_BLOCK = 1;
const K_LOOP = 2;
const K_IF = 3;
const K_ELSE = 4;
const K_TRY = 5;
const K_CATCH = 6;
const K_CATCH_ALL = 7;

const EMPTY = new Int32Array(0);
/** A block's one result, by value type code. */
const ONE = [EMPTY, Int32Array.of(I32), Int32Array.of(I64), Int32Array.of(F32), Int32Array.of(F64), Int32Array.of(V128)];
const FUNCREF = refCode(H_FUNC, true);
const SHARED_FUNCREF = refCode(SHARED + H_FUNC, true);

/**
 * What a feature set allows of what the fast path reads: instructions by
 * id, and the type forms that need a feature of their own (the uses
 * `instrFeatureUses` and a body's locals report).
 */
interface Allowed {
  ops: Uint8Array;
  v128: boolean;
  funcTypeBlocks: boolean;
  typedSelect: boolean;
}

const EVERYTHING: Allowed = { ops: new Uint8Array(INSTRUCTIONS.length).fill(1), v128: true, funcTypeBlocks: true, typedSelect: true };
const ALLOWED = new WeakMap<FeatureSet, Allowed>();

function allowedIn(set: FeatureSet | undefined): Allowed {
  if (set === undefined) return EVERYTHING;
  let allowed = ALLOWED.get(set);
  if (allowed === undefined) {
    const ops = Uint8Array.from(INSTRUCTIONS, (def) => (set.has(def.feature) ? 1 : 0));
    allowed = { ops, v128: set.has("simd"), funcTypeBlocks: set.has("multi-value"), typedSelect: set.has("reference-types") };
    ALLOWED.set(set, allowed);
  }
  return allowed;
}

/** Gives up on the body: the full checker takes it. */
class GiveUp {}
const GIVE_UP = new GiveUp();

export class FastBodyChecker {
  /** Per function index: its function type, or -1 when the fast path leaves its bodies alone. */
  private readonly funcType: Int32Array;
  private readonly globalCode: Int32Array;
  private readonly globalMutable: Uint8Array;
  /** Per memory and per table: the address type code; a table's is -1 when `call_indirect` may not use it. */
  private readonly memoryAddr: Int32Array;
  private readonly callTableAddr: Int32Array;
  /** Per tag: its exception's parameters, or undefined when it may not be thrown or caught here. */
  private readonly tagParams: (Int32Array | undefined)[];
  /** Per type index: 1 when it is a valid function type (block types, `call_indirect`). */
  private readonly funcTypeOk: Uint8Array;

  private allowed = EVERYTHING;
  private bytes: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private end = 0;

  private vals = new Int32Array(1024);
  private sp = 0;
  /** The current frame's height: pops compare with it before looking at the frame. */
  private height = 0;
  private localCodes = new Int32Array(64);
  private locals = 0;
  private results: Int32Array = EMPTY;
  private kinds = new Uint8Array(64);
  private heights = new Int32Array(64);
  private unreachables = new Uint8Array(64);
  private starts: Int32Array[] = [];
  private ends: Int32Array[] = [];
  private ctl = -1;
  private scratch = new Int32Array(16);

  constructor(
    private readonly types: TypeTable,
    s: IndexSpaces,
    funcTypes: readonly number[],
  ) {
    fillRules();
    const typeCount = types.params.length;
    this.funcTypeOk = new Uint8Array(typeCount);
    for (let t = 0; t < typeCount; t++) {
      this.funcTypeOk[t] = types.kind[t] === KIND_FUNC && types.broken[t] === 0 && types.shared[t] === 0 ? 1 : 0;
    }
    // Loops, not `Int32Array.from(list, map)`: a module may have 10^5 functions, and those are many calls.
    this.funcType = new Int32Array(funcTypes.length);
    for (let i = 0; i < funcTypes.length; i++) {
      const t = funcTypes[i];
      this.funcType[i] = t >= 0 && this.funcTypeOk[t] === 1 ? t : -1;
    }
    this.globalCode = new Int32Array(s.globals.length);
    this.globalMutable = new Uint8Array(s.globals.length);
    for (let i = 0; i < s.globals.length; i++) {
      this.globalCode[i] = types.code(s.globals[i].type);
      this.globalMutable[i] = s.globals[i].mutable ? 1 : 0;
    }
    this.memoryAddr = Int32Array.from(s.memories, (m) => (m.limits.addressType === "i64" ? I64 : I32));
    this.callTableAddr = Int32Array.from(s.tables, (t) => {
      const elem = types.code(t.elemType);
      if (elem < 0 || (!types.sub(elem, FUNCREF) && !types.sub(elem, SHARED_FUNCREF))) return -1;
      return t.limits.addressType === "i64" ? I64 : I32;
    });
    this.tagParams = s.tags.map((tag) => {
      const t = types.index(tag.type);
      return t >= 0 && this.funcTypeOk[t] === 1 && types.results[t].length === 0 ? types.params[t] : undefined;
    });
  }

  /**
   * Whether the body of function `func` (its index in the function space)
   * in `bytes[start, end)`, from its local declarations on, is certainly
   * well-formed, valid and within feature set `within` (when given); false
   * when the fast path cannot tell.
   */
  check(func: number, bytes: Uint8Array, start: number, end: number, within?: FeatureSet): boolean {
    const t = this.funcType[func];
    if (t < 0) return false;
    this.allowed = allowedIn(within);
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
    try {
      this.readLocals(this.types.params[t]);
      this.results = this.types.results[t];
      this.sp = 0;
      this.ctl = -1;
      this.pushFrame(K_FUNC, EMPTY, this.results);
      this.instrs();
      return this.pos === end;
    } catch (e) {
      if (e === GIVE_UP) return false;
      throw e;
    }
  }

  private readLocals(params: Int32Array): void {
    const n = params.length;
    let codes = this.localCodes;
    if (codes.length < n) codes = this.localCodes = new Int32Array(n * 2);
    codes.set(params);
    let total = n;
    const groups = this.u32();
    for (let g = 0; g < groups; g++) {
      const count = this.u32();
      // The decoder's limit counts declared locals, without the parameters.
      if (total - n + count > MAX_LOCALS) throw GIVE_UP;
      const code = NUM_BYTE[this.byte()];
      if (code === 0 || (code === V128 && !this.allowed.v128)) throw GIVE_UP;
      if (codes.length < total + count) codes = this.localCodes = grown(codes, (total + count) * 2);
      codes.fill(code, total, total + count);
      total += count;
    }
    this.locals = total;
  }

  private instrs(): void {
    const bytes = this.bytes;
    const allowed = this.allowed.ops;
    for (;;) {
      if (this.pos >= this.end) throw GIVE_UP;
      const code = bytes[this.pos++];
      let id = OP_ID[code];
      if (id < 0) {
        const slot = code - PREFIXES[0];
        if (slot < 0 || slot >= PREFIXES.length) throw GIVE_UP;
        const sub = this.u32();
        if (sub >= PREFIXED_SUBS) throw GIVE_UP;
        id = OP_ID[256 + slot * PREFIXED_SUBS + sub];
        if (id < 0) throw GIVE_UP;
      }
      if (allowed[id] === 0) throw GIVE_UP;
      let a = 0;
      let b = 0;
      switch (IMM_OF[id]) {
        case F.NONE:
          break;
        case F.I32:
          this.s32();
          break;
        case F.I64:
          this.s64();
          break;
        case F.F32:
          this.skip(4);
          break;
        case F.F64:
          this.skip(8);
          break;
        case F.V128:
          this.skip(16);
          break;
        case F.INDEX:
          a = this.u32();
          break;
        case F.INDEX_INDEX:
          a = this.u32();
          b = this.u32();
          break;
        case F.BLOCK:
          a = this.blockType();
          break;
        case F.BR_TABLE:
        case F.STRUCTURAL:
          // Read by their rules.
          break;
        case F.MEMARG:
        case F.MEMARG_LANE:
          a = this.memarg(id);
          if (IMM_OF[id] === F.MEMARG_LANE && this.byte() >= LANES[id]) throw GIVE_UP;
          break;
        case F.LANE:
          if (this.byte() >= LANES[id]) throw GIVE_UP;
          break;
        case F.SHUFFLE:
          for (let k = 0; k < 16; k++) if (this.byte() >= 32) throw GIVE_UP;
          break;
        case F.SELECT:
          a = code === ALT_CODE[id] ? this.selectType() : 0;
          break;
        case F.FENCE:
          if (this.byte() !== 0) throw GIVE_UP;
          break;
        default:
          throw GIVE_UP;
      }
      // The commonest rules are typed here, the others by `typeInstr`.
      const rule = RULE[id];
      if (rule === R.SIMPLE) {
        const p = PARAMS[id];
        for (let k = p.length - 1; k >= 0; k--) this.pop(p[k]);
        this.pushAll(RESULTS[id]);
      } else if (rule === R.LOCAL_GET) {
        this.push(this.local(a));
      } else if (rule === R.LOCAL_SET) {
        this.pop(this.local(a));
      } else if (this.typeInstr(id, code, a, b)) {
        return;
      }
    }
  }

  /** Types one instruction whose immediates are read (`a`, `b`); true at the body's final `end`. */
  private typeInstr(id: number, code: number, a: number, b: number): boolean {
    switch (RULE[id]) {
      case R.MEMORY:
      case R.MEMORY_LANE:
      case R.LANE: {
        const p = PARAMS[id];
        for (let k = p.length - 1; k >= 0; k--) this.pop(p[k] === ADDR ? a : p[k]);
        this.pushAll(RESULTS[id]);
        return false;
      }
      case R.SHUFFLE:
        this.pop(V128);
        this.pop(V128);
        this.push(V128);
        return false;
      case R.UNREACHABLE:
        this.setUnreachable();
        return false;
      case R.NOP:
      case R.FENCE:
        return false;
      case R.BLOCK:
      case R.LOOP:
      case R.IF:
      case R.TRY: {
        const start = a < 0 ? EMPTY : this.types.params[a];
        const end = a < 0 ? ONE[-a - 1] : this.types.results[a];
        if (RULE[id] === R.IF) this.pop(I32);
        this.popAll(start);
        const kind = RULE[id] === R.BLOCK ? K_BLOCK : RULE[id] === R.LOOP ? K_LOOP : RULE[id] === R.IF ? K_IF : K_TRY;
        this.pushFrame(kind, start, end);
        this.pushAll(start);
        return false;
      }
      case R.BR:
        this.popAll(this.labelTypes(a));
        this.setUnreachable();
        return false;
      case R.BR_IF: {
        this.pop(I32);
        const types = this.labelTypes(a);
        this.popAll(types);
        this.pushAll(types);
        return false;
      }
      case R.BR_TABLE:
        this.brTable();
        return false;
      case R.RETURN:
        this.popAll(this.results);
        this.setUnreachable();
        return false;
      case R.CALL:
      case R.RETURN_CALL: {
        const t = a < this.funcType.length ? this.funcType[a] : -1;
        if (t < 0) throw GIVE_UP;
        this.call(t, RULE[id] === R.RETURN_CALL);
        return false;
      }
      case R.CALL_INDIRECT:
      case R.RETURN_CALL_INDIRECT: {
        const addr = b < this.callTableAddr.length ? this.callTableAddr[b] : -1;
        if (addr < 0 || a >= this.funcTypeOk.length || this.funcTypeOk[a] === 0) throw GIVE_UP;
        this.pop(addr);
        this.call(a, RULE[id] === R.RETURN_CALL_INDIRECT);
        return false;
      }
      case R.DROP:
        this.popAny();
        return false;
      case R.SELECT:
        this.select(a);
        return false;
      case R.LOCAL_TEE: {
        const t = this.local(a);
        this.pop(t);
        this.push(t);
        return false;
      }
      case R.GLOBAL_GET:
        this.push(this.global(a));
        return false;
      case R.GLOBAL_SET:
        if (this.globalMutable[a] !== 1) throw GIVE_UP;
        this.pop(this.global(a));
        return false;
      case R.MEMORY_SIZE:
        this.push(this.memory(a));
        return false;
      case R.MEMORY_GROW: {
        const addr = this.memory(a);
        this.pop(addr);
        this.push(addr);
        return false;
      }
      case R.MEMORY_FILL: {
        const addr = this.memory(a);
        this.pop(addr);
        this.pop(I32);
        this.pop(addr);
        return false;
      }
      case R.MEMORY_COPY: {
        const to = this.memory(a);
        const from = this.memory(b);
        this.pop(to === I64 && from === I64 ? I64 : I32);
        this.pop(from);
        this.pop(to);
        return false;
      }
      case R.THROW:
        this.popAll(this.tag(a));
        this.setUnreachable();
        return false;
      case R.RETHROW: {
        const k = this.labelFrame(a);
        if (this.kinds[k] !== K_CATCH && this.kinds[k] !== K_CATCH_ALL) throw GIVE_UP;
        this.setUnreachable();
        return false;
      }
      case R.STRUCTURAL:
        return this.structural(code);
      default:
        throw GIVE_UP;
    }
  }

  /** `end`, `else`, `catch`, `catch_all`, `delegate`: true at the function's own `end`. */
  private structural(code: number): boolean {
    const f = this.ctl;
    const kind = this.kinds[f];
    this.closePart(f);
    switch (code) {
      case OP_END:
        if (kind === K_IF) {
          // No else: the parameters must pass through as the results.
          this.pushAll(this.starts[f]);
          this.closePart(f);
        }
        this.popFrame();
        return f === 0;
      case OP_ELSE:
        if (kind !== K_IF) throw GIVE_UP;
        this.kinds[f] = K_ELSE;
        this.pushAll(this.starts[f]);
        return false;
      case OP_CATCH:
      case OP_CATCH_ALL: {
        if (kind !== K_TRY && kind !== K_CATCH) throw GIVE_UP;
        const params = code === OP_CATCH ? this.tag(this.u32()) : EMPTY;
        this.kinds[f] = code === OP_CATCH ? K_CATCH : K_CATCH_ALL;
        this.pushAll(params);
        return false;
      }
      case OP_DELEGATE: {
        if (kind !== K_TRY) throw GIVE_UP;
        const depth = this.u32();
        this.popFrame();
        // The label counts from outside the try, and may name the function.
        if (depth > this.ctl) throw GIVE_UP;
        return false;
      }
      default:
        throw GIVE_UP;
    }
  }

  // -------------------------------------------------------------------------
  // Operand and control stacks

  private push(code: number): void {
    if (this.sp === this.vals.length) this.vals = grown(this.vals);
    this.vals[this.sp++] = code;
  }

  private pushAll(codes: Int32Array): void {
    for (let k = 0; k < codes.length; k++) this.push(codes[k]);
  }

  /** Pops a value that must be exactly `expected` (or unknown, in unreachable code); returns what was there. */
  private pop(expected: number): number {
    if (this.sp === this.height) {
      if (this.unreachables[this.ctl] === 1) return BOT;
      throw GIVE_UP;
    }
    const actual = this.vals[--this.sp];
    if (actual !== expected && actual !== BOT) throw GIVE_UP;
    return actual;
  }

  private popAll(codes: Int32Array): void {
    for (let k = codes.length - 1; k >= 0; k--) this.pop(codes[k]);
  }

  private popAny(): number {
    if (this.sp === this.height) {
      if (this.unreachables[this.ctl] === 1) return BOT;
      throw GIVE_UP;
    }
    return this.vals[--this.sp];
  }

  private pushFrame(kind: number, start: Int32Array, end: Int32Array): void {
    const f = ++this.ctl;
    if (f === this.kinds.length) {
      this.kinds = grown(this.kinds);
      this.heights = grown(this.heights);
      this.unreachables = grown(this.unreachables);
    }
    this.kinds[f] = kind;
    this.heights[f] = this.height = this.sp;
    this.unreachables[f] = 0;
    this.starts[f] = start;
    this.ends[f] = end;
  }

  /** Ends the current part of frame `f`: its results, and nothing more, must be on the stack. */
  private closePart(f: number): void {
    this.popAll(this.ends[f]);
    if (this.sp !== this.heights[f]) throw GIVE_UP;
    this.unreachables[f] = 0;
  }

  private popFrame(): void {
    const end = this.ends[this.ctl--];
    if (this.ctl < 0) return;
    this.height = this.heights[this.ctl];
    this.pushAll(end);
  }

  private setUnreachable(): void {
    this.sp = this.heights[this.ctl];
    this.unreachables[this.ctl] = 1;
  }

  /** The frame branch depth `depth` names. */
  private labelFrame(depth: number): number {
    if (depth > this.ctl) throw GIVE_UP;
    return this.ctl - depth;
  }

  private labelTypes(depth: number): Int32Array {
    const f = this.labelFrame(depth);
    return this.kinds[f] === K_LOOP ? this.starts[f] : this.ends[f];
  }

  private brTable(): void {
    const n = this.u32();
    if (n > this.end - this.pos) throw GIVE_UP;
    this.pop(I32);
    // The default label comes last; every target must take what it takes.
    const mark = this.pos;
    for (let k = 0; k < n; k++) this.u32();
    const fallback = this.labelTypes(this.u32());
    const after = this.pos;
    this.pos = mark;
    const arity = fallback.length;
    for (let k = 0; k < n; k++) {
      const types = this.labelTypes(this.u32());
      if (types.length !== arity) throw GIVE_UP;
      if (arity === 0) continue;
      if (this.scratch.length < arity) this.scratch = new Int32Array(arity * 2);
      const popped = this.scratch;
      for (let v = arity - 1; v >= 0; v--) popped[v] = this.pop(types[v]);
      for (let v = 0; v < arity; v++) this.push(popped[v]);
    }
    this.pos = after;
    this.popAll(fallback);
    this.setUnreachable();
  }

  private call(type: number, tail: boolean): void {
    this.popAll(this.types.params[type]);
    const results = this.types.results[type];
    if (!tail) {
      this.pushAll(results);
      return;
    }
    const own = this.results;
    if (results.length !== own.length) throw GIVE_UP;
    for (let k = 0; k < own.length; k++) if (results[k] !== own[k]) throw GIVE_UP;
    this.setUnreachable();
  }

  /** `select`, untyped (`type` 0) or with its one numeric result type. */
  private select(type: number): void {
    this.pop(I32);
    if (type !== 0) {
      this.pop(type);
      this.pop(type);
      this.push(type);
      return;
    }
    const a = this.popAny();
    const b = this.popAny();
    // References (which untyped select refuses) are codes above V128.
    if (a > V128 || b > V128 || (a !== b && a !== BOT && b !== BOT)) throw GIVE_UP;
    this.push(a === BOT ? b : a);
  }

  // -------------------------------------------------------------------------
  // Module entities

  private local(i: number): number {
    if (i >= this.locals) throw GIVE_UP;
    return this.localCodes[i];
  }

  private global(i: number): number {
    const code = i < this.globalCode.length ? this.globalCode[i] : -1;
    if (code < 0) throw GIVE_UP;
    return code;
  }

  private memory(i: number): number {
    if (i >= this.memoryAddr.length) throw GIVE_UP;
    return this.memoryAddr[i];
  }

  private tag(i: number): Int32Array {
    const params = i < this.tagParams.length ? this.tagParams[i] : undefined;
    if (params === undefined) throw GIVE_UP;
    return params;
  }

  // -------------------------------------------------------------------------
  // Immediates, as strictly as the decoder reads them or more

  private byte(): number {
    if (this.pos >= this.end) throw GIVE_UP;
    return this.bytes[this.pos++];
  }

  private skip(n: number): void {
    if (this.end - this.pos < n) throw GIVE_UP;
    this.pos += n;
  }

  /** Unsigned LEB128 of at most 32 bits. */
  private u32(): number {
    const bytes = this.bytes;
    let pos = this.pos;
    const end = this.end;
    if (pos < end && bytes[pos] < 0x80) {
      this.pos = pos + 1;
      return bytes[pos];
    }
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      if (pos >= end) throw GIVE_UP;
      const b = bytes[pos++];
      if (shift === 28) {
        if ((b & 0xf0) !== 0) throw GIVE_UP;
        this.pos = pos;
        return (result >>> 0) + b * 0x10000000;
      }
      result |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) {
        this.pos = pos;
        return result >>> 0;
      }
    }
  }

  /** Skips a signed LEB128 of at most 32 bits. */
  private s32(): void {
    const bytes = this.bytes;
    let pos = this.pos;
    for (let i = 0; ; i++) {
      if (pos >= this.end) throw GIVE_UP;
      const b = bytes[pos++];
      if (i === 4) {
        // Bits 4-6 of the fifth byte must copy its sign bit, bit 3.
        if ((b & 0x80) !== 0 || (b & 0x70) !== (b & 0x08 ? 0x70 : 0)) throw GIVE_UP;
        break;
      }
      if ((b & 0x80) === 0) break;
    }
    this.pos = pos;
  }

  /** Skips a signed LEB128 of at most 64 bits. */
  private s64(): void {
    const bytes = this.bytes;
    let pos = this.pos;
    for (let i = 0; ; i++) {
      if (pos >= this.end) throw GIVE_UP;
      const b = bytes[pos++];
      if (i === 9) {
        if (b !== 0 && b !== 0x7f) throw GIVE_UP;
        break;
      }
      if ((b & 0x80) === 0) break;
    }
    this.pos = pos;
  }

  /**
   * A block type: a function type index, or minus one more than the code
   * of its one result type (-1 for none).
   */
  private blockType(): number {
    if (this.pos >= this.end) throw GIVE_UP;
    const b = this.bytes[this.pos];
    if (b === EMPTY_BLOCK) {
      this.pos++;
      return -1;
    }
    const num = NUM_BYTE[b];
    if (num === V128 && !this.allowed.v128) throw GIVE_UP;
    if (num !== 0) {
      this.pos++;
      return -num - 1;
    }
    // A type index is a non-negative s33: its last byte has the sign bit clear.
    const start = this.pos;
    const t = this.u32();
    const last = this.bytes[this.pos - 1];
    if (this.pos - start < 5 ? (last & 0x40) !== 0 : (last & 0x10) !== 0) throw GIVE_UP;
    if (t >= this.funcTypeOk.length || this.funcTypeOk[t] === 0 || !this.allowed.funcTypeBlocks) throw GIVE_UP;
    return t;
  }

  /** A memarg: checks it for instruction `id`, and gives the address type of its memory. */
  private memarg(id: number): number {
    let align = this.u32();
    if (align >= 0x80) throw GIVE_UP;
    let memory = 0;
    if (align >= 0x40) {
      align -= 0x40;
      memory = this.u32();
    }
    const natural = ALIGN[id];
    if (ATOMIC[id] === 1 ? align !== natural : align > natural) throw GIVE_UP;
    // Offsets of 2^32 and more are given up on: only a 64-bit memory may have them.
    this.u32();
    return this.memory(memory);
  }

  /** A typed select's one type, which must be a number or a vector. */
  private selectType(): number {
    if (!this.allowed.typedSelect || this.u32() !== 1) throw GIVE_UP;
    const code = NUM_BYTE[this.byte()];
    if (code === 0 || (code === V128 && !this.allowed.v128)) throw GIVE_UP;
    return code;
  }
}
