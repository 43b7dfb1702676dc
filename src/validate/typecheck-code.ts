/**
 * Type checking of instruction sequences: function bodies and constant
 * expressions, by the spec's validation algorithm (an operand stack of type
 * codes, a control stack of frames, stack-polymorphic typing after
 * unconditional branches, non-defaultable locals tracked until set).
 *
 * The model nests bodies inside structured instructions; the walk keeps an
 * explicit stack of frames (each with its instruction list and position),
 * so any nesting depth validates without recursion. Frames, the operand
 * stack and the local-initialisation stack are reused from function to
 * function; the loop allocates nothing per plain instruction.
 *
 * A problem throws a `CodeError` that ends the sequence: the caller reports
 * it and goes on with the next function, so one mistake gives one error.
 */
import type { Data, Elem, Func, Global, Instr, LabelTarget, Local, Memory, Module, Table, Tag, TypeRef } from "../module/model.js";
import { targetProblem } from "../types/code-metadata.js";
import { grown } from "./grown.js";
import { ACCESS, ACCESS_OF, ADDR, ATOMIC, CONSTANT_OK, fillRules, LANES, PARAMS, R, RESULTS, RULE } from "./rules.js";
import {
  BOT,
  DEFINED,
  defaultable,
  H_ANY,
  H_ARRAY,
  H_BOT,
  H_CONT,
  H_EQ,
  H_EXN,
  H_EXTERN,
  H_FUNC,
  H_I31,
  heapOf,
  I16,
  I32,
  I64,
  I8,
  isExact,
  isNullable,
  isRef,
  KIND_ARRAY,
  KIND_CONT,
  KIND_FUNC,
  KIND_STRUCT,
  EITHER,
  refCode,
  REF_BASE,
  SHARED,
  type TypeTable,
  unpacked,
  V128,
} from "./type-table.js";

/**
 * The type of a segment's elements. Segments written as function indices
 * (`func 0 1`, binary flags 0-3) hold `(ref func)`: each item is a
 * `ref.func`, never null.
 */
export function elemTypeCode(types: TypeTable, elem: Elem): number {
  if (elem.funcIndices && elem.type.heap === "func") return refCode(H_FUNC, false);
  return types.refTypeCode(elem.type);
}

export class CodeError extends Error {
  constructor(
    message: string,
    readonly instr: Instr | undefined,
  ) {
    super(message);
  }
}

const K_FUNC = 0;
const K_BLOCK = 1;
const K_LOOP = 2;
const K_IF = 3;
const K_ELSE = 4;
const K_TRY_TABLE = 5;
const K_TRY = 6;
/** A legacy `catch`/`catch_all` handler: the only frame `rethrow` may name. */
const K_CATCH = 7;
const K_CONST = 8;

const EMPTY = new Int32Array(0);
const NO_INSTRS: Instr[] = [];
const EXNREF = refCode(H_EXN, true);
const EXN_NON_NULL = refCode(H_EXN, false);
const FUNCREF = refCode(H_FUNC, true);
const SHARED_FUNCREF = refCode(SHARED + H_FUNC, true);

/** The kinds of defined types (`KIND_*`) as a message names their values. */
const KIND_PLURALS = ["functions", "structs", "arrays", "continuations"];

class Frame {
  kind = K_FUNC;
  /** What a branch names to target this frame. */
  target: LabelTarget | null = null;
  ins: Instr | null = null;
  start: Int32Array = EMPTY;
  end: Int32Array = EMPTY;
  height = 0;
  unreachable = false;
  /** Height of the local-initialisation stack when the frame (or its current part) began. */
  initHeight = 0;
  list: Instr[] = NO_INSTRS;
  pos = 0;
  /** Legacy try: the next handler. */
  part = 0;
}

/** What a constant expression may read: the globals before `globalLimit` in `globalIndex`, if immutable. */
export interface ConstScope {
  globalIndex: Map<Global, number>;
  globalLimit: number;
}

export class CodeValidator {
  private vals = new Int32Array(1024);
  private sp = 0;
  /** The current frame's height: pops check it before touching the frame. */
  private height = 0;
  private readonly frames: Frame[] = [];
  private ctl = -1;
  private localCodes = new Int32Array(64);
  private localInit = new Uint8Array(64);
  private locals: Local[] = [];
  private initStack = new Int32Array(64);
  private initSp = 0;
  private results: Int32Array = EMPTY;
  private constScope: ConstScope | null = null;
  /** Shared-everything threads: the code is a shared function's body or a shared entity's initialiser, which reach only shared things. */
  private sharedCode = false;
  /** The instruction being checked, for error locations. */
  private current: Instr | undefined = undefined;
  private readonly single = new Map<number, Int32Array>();
  private blockEnd: Int32Array = EMPTY;
  private declared: Set<Func> | undefined;
  /** Values popped by br_table, to push back for the next target. */
  private scratch = new Int32Array(16);

  constructor(
    private readonly module: Module,
    private readonly types: TypeTable,
    /** Functions that `ref.func` may name in code (C.refs): found when a body first names one (most never do). */
    private readonly findDeclared: () => Set<Func>,
  ) {
    fillRules();
  }

  // -------------------------------------------------------------------------
  // Entry points

  /** Validates a function body; throws `CodeError`. */
  func(func: Func, params: Int32Array, results: Int32Array): void {
    this.begin(func, params, results);
    this.walk(func.body);
  }

  /**
   * Starts a function body that arrives one instruction at a time, as a
   * decoder reads it (see `CodeSink`): `step` each instruction, `close` at
   * each `else`, `catch`, `catch_all`, `delegate` and `end`. Each throws
   * `CodeError`.
   */
  begin(func: Func, params: Int32Array, results: Int32Array): void {
    const locals = func.params.concat(func.locals);
    const n = locals.length;
    if (this.localCodes.length < n) {
      this.localCodes = new Int32Array(n * 2);
      this.localInit = new Uint8Array(n * 2);
      this.initStack = new Int32Array(n * 2);
    }
    this.locals = locals;
    this.current = undefined;
    if (func.params.length !== params.length) this.fail(`the function has ${func.params.length} parameter locals for ${params.length} parameters`);
    for (let i = 0; i < n; i++) {
      const local = locals[i];
      const code = i < params.length ? params[i] : this.types.code(local.type);
      if (code < 0) this.fail(`unknown type in the type of local ${i}`);
      this.localCodes[i] = code;
      this.localInit[i] = i < params.length || defaultable(code) ? 1 : 0;
    }
    this.initSp = 0;
    this.constScope = null;
    const typeIndex = this.types.index(func.type);
    this.sharedCode = typeIndex >= 0 && this.types.shared[typeIndex] === 1;
    this.results = results;
    this.open(K_FUNC, func, results);
  }

  step(ins: Instr): void {
    this.current = ins;
    if (ins.metadata !== undefined) {
      for (const item of ins.metadata) {
        const problem = targetProblem(item.kind, ins.op.name);
        if (problem !== undefined) this.fail(problem);
      }
    }
    this.checkInstr(ins);
  }

  close(): void {
    this.endPart(this.frames[this.ctl]);
  }

  /** Validates a constant expression of type `expected`, the initialiser of a shared entity when `shared`; throws `CodeError`. */
  constExpr(instrs: Instr[], expected: number, scope: ConstScope, shared = false): void {
    this.locals = [];
    this.initSp = 0;
    this.constScope = scope;
    this.sharedCode = shared;
    this.results = this.one(expected);
    this.open(K_CONST, null, this.results);
    this.walk(instrs);
  }

  private open(kind: number, target: Func | null, results: Int32Array): void {
    this.sp = 0;
    this.ctl = -1;
    this.current = undefined;
    this.pushFrame(kind, target, null, EMPTY, results);
  }

  /** Checks a body given as a tree: each frame walks its own instruction list. */
  private walk(body: Instr[]): void {
    this.frames[0].list = body;
    while (this.ctl >= 0) {
      const top = this.frames[this.ctl];
      if (top.pos < top.list.length) this.step(top.list[top.pos++]);
      else this.endPart(top);
    }
  }

  // -------------------------------------------------------------------------
  // Operand stack

  private fail(message: string): never {
    throw new CodeError(message, this.current);
  }

  private push(code: number): void {
    if (this.sp === this.vals.length) this.vals = grown(this.vals);
    this.vals[this.sp++] = code;
  }

  private pushAll(codes: Int32Array): void {
    for (let i = 0; i < codes.length; i++) this.push(codes[i]);
  }

  /** Pops any value; BOT when the frame is unreachable and empty. */
  private popAny(): number {
    if (this.sp === this.height) return this.popEmpty(BOT);
    return this.vals[--this.sp];
  }

  private pop(expected: number): number {
    if (this.sp === this.height) return this.popEmpty(expected);
    const actual = this.vals[--this.sp];
    if (actual !== expected && actual !== BOT && !this.types.sub(actual, expected)) {
      this.fail(`type mismatch: expected ${this.types.name(expected)}, found ${this.types.name(actual)}`);
    }
    return actual;
  }

  /** A pop at the frame's bottom: BOT in unreachable code, an error otherwise. */
  private popEmpty(expected: number): number {
    if (this.frames[this.ctl].unreachable) return BOT;
    return this.fail(`type mismatch: expected ${expected === BOT ? "a value" : this.types.name(expected)}, but the stack is empty`);
  }

  private popAll(codes: Int32Array): void {
    for (let i = codes.length - 1; i >= 0; i--) this.pop(codes[i]);
  }

  /** Pops a reference to `heap` or to its shared counterpart, for the instructions that take either (shared-everything threads). */
  private popEitherShared(heap: number): number {
    if (this.sp === this.height) return this.popEmpty(refCode(heap, true));
    const top = this.vals[this.sp - 1];
    return this.pop(refCode(isRef(top) && this.types.isShared(heapOf(top)) ? SHARED + heap : heap, true));
  }

  /** Whether a popped reference is shared (BOT, from unreachable code, is not). */
  private sharedRef(code: number): boolean {
    return code !== BOT && this.types.isShared(heapOf(code));
  }

  /** Pops a reference (or BOT); anything else is a type mismatch. */
  private popRef(): number {
    const v = this.popAny();
    if (v !== BOT && !isRef(v)) this.fail(`type mismatch: expected a reference, found ${this.types.name(v)}`);
    return v;
  }

  // -------------------------------------------------------------------------
  // Control stack

  private pushFrame(kind: number, target: LabelTarget | null, ins: Instr | null, start: Int32Array, end: Int32Array): Frame {
    const frames = this.frames;
    this.ctl++;
    if (this.ctl === frames.length) frames.push(new Frame());
    const f = frames[this.ctl];
    f.kind = kind;
    f.target = target;
    f.ins = ins;
    f.start = start;
    f.end = end;
    f.height = this.sp;
    this.height = this.sp;
    f.unreachable = false;
    f.initHeight = this.initSp;
    f.list = NO_INSTRS;
    f.pos = 0;
    f.part = 0;
    return f;
  }

  /** Closes the current part of a frame: checks its results, then goes on with the next part or pops it. */
  private endPart(f: Frame): void {
    this.current = f.ins ?? undefined;
    this.popAll(f.end);
    if (this.sp !== f.height) {
      const extra = this.sp - f.height;
      const whose = f.kind === K_FUNC ? "function's" : f.kind === K_CONST ? "expression's" : "block's";
      this.fail(`type mismatch: ${extra} more value${extra === 1 ? "" : "s"} on the stack than the ${whose} results`);
    }
    const ins = f.ins;
    if (f.kind === K_IF) {
      this.resetPart(f);
      f.kind = K_ELSE;
      if (ins!.else !== undefined) {
        f.list = ins!.else;
        f.pos = 0;
        this.pushAll(f.start);
        return;
      }
      // No else: the parameters must pass through as the results.
      this.pushAll(f.start);
      this.popAll(f.end);
      if (this.sp !== f.height) this.fail("type mismatch: if without else must leave its parameters as its results");
    } else if (f.kind === K_TRY || f.kind === K_CATCH) {
      const handlers = ins!.handlers;
      if (handlers !== undefined && f.part < handlers.length) {
        const handler = handlers[f.part++];
        this.resetPart(f);
        f.kind = K_CATCH;
        f.list = handler.body;
        f.pos = 0;
        if (handler.tag !== undefined) this.pushAll(this.tagParams(handler.tag));
        return;
      }
    }
    this.restoreInit(f.initHeight);
    this.ctl--;
    if (ins !== null && ins.delegate !== undefined) this.labelFrame(ins.delegate);
    if (this.ctl >= 0) {
      this.height = this.frames[this.ctl].height;
      this.pushAll(f.end);
    }
  }

  /** Back to the state at the start of the frame, for its next part (else, a handler). */
  private resetPart(f: Frame): void {
    this.sp = f.height;
    f.unreachable = false;
    this.restoreInit(f.initHeight);
  }

  private restoreInit(height: number): void {
    while (this.initSp > height) this.localInit[this.initStack[--this.initSp]] = 0;
  }

  private setUnreachable(): void {
    const f = this.frames[this.ctl];
    this.sp = f.height;
    f.unreachable = true;
  }

  /** The frame a branch target names, searching outwards from the current one. */
  private labelFrame(target: LabelTarget): Frame {
    for (let i = this.ctl; i >= 0; i--) {
      const f = this.frames[i];
      if (f.target === target) return f;
    }
    if ("entity" in target && target.entity === "dangling-label") this.fail(`unknown label ${target.depth}`);
    return this.fail("unknown label: the branch target does not enclose the branch");
  }

  private labelTypes(target: LabelTarget): Int32Array {
    const f = this.labelFrame(target);
    return f.kind === K_LOOP ? f.start : f.end;
  }

  // -------------------------------------------------------------------------
  // Module entities

  private one(code: number): Int32Array {
    let list = this.single.get(code);
    if (list === undefined) {
      list = Int32Array.of(code);
      this.single.set(code, list);
    }
    return list;
  }

  private code(type: Parameters<TypeTable["code"]>[0]): number {
    const c = this.types.code(type);
    if (c < 0) this.fail("unknown type");
    return c;
  }

  /** The index of a function type; fails for anything else. */
  private funcType(ref: TypeRef): number {
    const i = this.types.index(ref);
    if (i < 0) this.fail(`unknown type ${ref.entity === "dangling" ? ref.index : ""}`.trimEnd());
    if (this.types.kind[i] !== KIND_FUNC) this.fail(`type ${i} is not a function type`);
    if (this.types.broken[i] === 1) this.fail(`type ${i} is invalid`);
    return i;
  }

  private compType(ref: TypeRef | undefined, kind: number, what: string): number {
    const i = ref === undefined ? -1 : this.types.index(ref);
    if (i < 0) this.fail(`unknown type ${ref?.entity === "dangling" ? ref.index : ""}`.trimEnd());
    if (this.types.kind[i] !== kind) this.fail(`type ${i} is not ${what} type`);
    if (this.types.broken[i] === 1) this.fail(`type ${i} is invalid`);
    return i;
  }

  private funcOf(ref: Instr["func"]): Func {
    if (ref === undefined || ref.entity !== "func") this.fail(`unknown function ${ref?.index ?? ""}`.trimEnd());
    return ref;
  }

  private tableOf(ref: Instr["table"]): Table {
    if (ref === undefined || ref.entity !== "table") this.fail(`unknown table ${ref?.index ?? 0}`);
    return ref;
  }

  private memoryOf(ref: Instr["memory"]): Memory {
    if (ref === undefined || ref.entity !== "memory") this.fail(`unknown memory ${ref?.index ?? 0}`);
    return ref;
  }

  private globalOf(ref: Instr["global"]): Global {
    if (ref === undefined || ref.entity !== "global") this.fail(`unknown global ${ref?.index ?? ""}`.trimEnd());
    return ref;
  }

  private tagOf(ref: Instr["tag"]): Tag {
    if (ref === undefined || ref.entity !== "tag") this.fail(`unknown tag ${ref?.index ?? ""}`.trimEnd());
    return ref;
  }

  private elemOf(ref: Instr["elem"]): Elem {
    if (ref === undefined || ref.entity !== "elem") this.fail(`unknown elem segment ${ref?.index ?? ""}`.trimEnd());
    return ref;
  }

  private dataOf(ref: Instr["data"]): Data {
    if (ref === undefined || ref.entity !== "data") this.fail(`unknown data segment ${ref?.index ?? ""}`.trimEnd());
    if (!this.module.dataCount) this.fail("data count section required");
    return ref;
  }

  private elemType(elem: Elem): number {
    const c = elemTypeCode(this.types, elem);
    if (c < 0) this.fail("unknown type");
    return c;
  }

  /** The parameters of a tag thrown or caught as an exception: such a tag has no results. */
  private tagParams(ref: Instr["tag"]): Int32Array {
    const t = this.tagType(ref);
    if (this.types.results[t].length > 0) this.fail("non-empty tag result type: only a tag without results is an exception");
    return this.types.params[t];
  }

  /** The function type index of a tag's type. */
  private tagType(ref: Instr["tag"]): number {
    return this.funcType(this.tagOf(ref).type);
  }

  /** The canonical function type index of a continuation type (stack switching). */
  private contFunc(ref: TypeRef | undefined): number {
    const i = this.compType(ref, KIND_CONT, "a continuation");
    const f = this.types.contFunc[i] - DEFINED;
    if (this.types.kind[f] !== KIND_FUNC) this.fail(`type ${i} is not a continuation of a function type`);
    return f;
  }

  /** The function type index of the continuation type a reference code names, or -1 when it names none. */
  private contFuncOfRef(code: number): number {
    if (!isRef(code)) return -1;
    const heap = heapOf(code);
    if (heap < DEFINED || this.types.kind[heap - DEFINED] !== KIND_CONT) return -1;
    const f = this.types.contFunc[heap - DEFINED] - DEFINED;
    return f >= 0 && this.types.kind[f] === KIND_FUNC ? f : -1;
  }

  /** Whether `[p1] -> [r1]` is a subtype of `[p2] -> [r2]` (parameters contravariant, results covariant). */
  private funcSub(p1: Int32Array, r1: Int32Array, p2: Int32Array, r2: Int32Array): boolean {
    const types = this.types;
    if (p1.length !== p2.length || r1.length !== r2.length) return false;
    for (let k = 0; k < p1.length; k++) if (!types.sub(p2[k], p1[k])) return false;
    for (let k = 0; k < r1.length; k++) if (!types.sub(r1[k], r2[k])) return false;
    return true;
  }

  /** Whether every type of `a` is a subtype of the type of `b` at the same place. */
  private allSub(a: Int32Array, b: Int32Array): boolean {
    if (a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (!this.types.sub(a[k], b[k])) return false;
    return true;
  }

  private tableAddr(table: Table): number {
    return table.limits.addressType === "i64" ? I64 : I32;
  }

  private memoryAddr(memory: Memory): number {
    return memory.limits.addressType === "i64" ? I64 : I32;
  }

  /** A reference to defined type `index`. */
  private defined(index: number, nullable: boolean, exact = false): number {
    return refCode(DEFINED + this.types.canon[index], nullable, exact);
  }

  /** custom-descriptors: the descriptor type of struct type `t`, which must have one. */
  private descriptorType(t: number): number {
    const d = this.types.descriptorOf[t];
    if (d < 0) this.fail(`type ${t} has no descriptor`);
    return d;
  }

  /** The type index a cast's target reference type names, which must have a descriptor (custom-descriptors casts). */
  private castDescriptor(rt: number): number {
    const heap = heapOf(rt);
    if (heap < DEFINED) this.fail(`type mismatch: ${this.types.name(rt)} has no descriptor`);
    return this.defined(this.descriptorType(heap - DEFINED), true, isExact(rt));
  }

  private checkMemArg(ins: Instr, memory: Memory): void {
    const m = ins.memarg!;
    const natural = ins.op.align ?? 0;
    if (ATOMIC[ins.op.id] === 1) {
      if (m.align !== natural) this.fail(`alignment must be equal to natural alignment (${1 << natural})`);
    } else if (m.align > natural) {
      this.fail(`alignment must not be larger than natural alignment (${1 << natural})`);
    }
    if (memory.limits.addressType === "i32" && m.offset >= 0x1_0000_0000n) this.fail("offset out of range: the memory is 32-bit");
  }

  private lane(index: number | undefined, lanes: number): void {
    if (index === undefined || index >= lanes) this.fail(`invalid lane index ${index}: the vector has ${lanes} lanes`);
  }

  // -------------------------------------------------------------------------
  // Instructions

  private checkInstr(ins: Instr): void {
    const id = ins.op.id;
    const rule = RULE[id];
    if (this.constScope !== null && CONSTANT_OK[id] === 0) this.fail(`constant expression required: ${ins.op.name} is not constant`);
    if (this.sharedCode) this.checkSharedAccess(ins);
    switch (rule) {
      case R.GLOBAL_ATOMIC:
      case R.TABLE_ATOMIC:
      case R.STRUCT_ATOMIC:
      case R.ARRAY_ATOMIC:
        this.checkOrderedAccess(ins, rule);
        return;
      case R.SIMPLE: {
        const p = PARAMS[id];
        for (let k = p.length - 1; k >= 0; k--) this.pop(p[k]);
        const r = RESULTS[id];
        for (let k = 0; k < r.length; k++) this.push(r[k]);
        return;
      }
      case R.MEMORY:
      case R.MEMORY_LANE: {
        const memory = this.memoryOf(ins.memarg?.memory);
        this.checkMemArg(ins, memory);
        if (rule === R.MEMORY_LANE) this.lane(ins.index, LANES[id]);
        const addr = this.memoryAddr(memory);
        const p = PARAMS[id];
        for (let k = p.length - 1; k >= 0; k--) this.pop(p[k] === ADDR ? addr : p[k]);
        const r = RESULTS[id];
        for (let k = 0; k < r.length; k++) this.push(r[k]);
        return;
      }
      case R.LANE:
        this.lane(ins.index, LANES[id]);
        this.popAll(PARAMS[id]);
        this.pushAll(RESULTS[id]);
        return;
      case R.SHUFFLE: {
        const lanes = ins.bytes!;
        for (let k = 0; k < lanes.length; k++) if (lanes[k] >= 32) this.fail(`invalid lane index ${lanes[k]}: shuffle lanes are below 32`);
        this.pop(V128);
        this.pop(V128);
        this.push(V128);
        return;
      }
      case R.UNREACHABLE:
        this.setUnreachable();
        return;
      case R.NOP:
      case R.FENCE:
        return;
      case R.BLOCK:
      case R.LOOP:
      case R.IF:
      case R.TRY_TABLE:
      case R.TRY:
        this.checkBlock(ins, rule);
        return;
      case R.BR:
        this.popAll(this.labelTypes(ins.label!));
        this.setUnreachable();
        return;
      case R.BR_IF: {
        this.pop(I32);
        const types = this.labelTypes(ins.label!);
        this.popAll(types);
        this.pushAll(types);
        return;
      }
      case R.BR_TABLE:
        this.checkBrTable(ins);
        return;
      case R.RETURN:
        this.popAll(this.results);
        this.setUnreachable();
        return;
      case R.CALL:
      case R.RETURN_CALL: {
        const t = this.funcType(this.funcOf(ins.func).type);
        this.checkCall(t, rule === R.RETURN_CALL);
        return;
      }
      case R.CALL_INDIRECT:
      case R.RETURN_CALL_INDIRECT: {
        const table = this.tableOf(ins.table);
        const elem = this.code(table.elemType);
        if (!this.types.sub(elem, FUNCREF) && !this.types.sub(elem, SHARED_FUNCREF)) this.fail("type mismatch: call_indirect needs a table of function references");
        const t = this.funcType(ins.type!);
        this.pop(this.tableAddr(table));
        this.checkCall(t, rule === R.RETURN_CALL_INDIRECT);
        return;
      }
      case R.CALL_REF:
      case R.RETURN_CALL_REF: {
        const t = this.funcType(ins.type!);
        this.pop(this.defined(t, true));
        this.checkCall(t, rule === R.RETURN_CALL_REF);
        return;
      }
      case R.DROP:
        this.popAny();
        return;
      case R.SELECT:
        this.checkSelect(ins);
        return;
      case R.LOCAL_GET: {
        const i = this.localIndex(ins);
        if (this.localInit[i] === 0) this.uninitialized(i);
        this.push(this.localCodes[i]);
        return;
      }
      case R.LOCAL_SET:
      case R.LOCAL_TEE: {
        const i = this.localIndex(ins);
        this.pop(this.localCodes[i]);
        if (this.localInit[i] === 0) {
          this.localInit[i] = 1;
          this.initStack[this.initSp++] = i;
        }
        if (rule === R.LOCAL_TEE) this.push(this.localCodes[i]);
        return;
      }
      case R.GLOBAL_GET: {
        const global = this.globalOf(ins.global);
        const scope = this.constScope;
        if (scope !== null) {
          const index = scope.globalIndex.get(global);
          if (index === undefined || index >= scope.globalLimit) this.fail(`unknown global ${index ?? ""}: a constant expression may read only earlier globals`.replace(" :", ":"));
          if (global.mutable) this.fail("constant expression required: global.get of a mutable global");
        }
        this.push(this.code(global.type));
        return;
      }
      case R.GLOBAL_SET: {
        const global = this.globalOf(ins.global);
        if (!global.mutable) this.fail("immutable global");
        this.pop(this.code(global.type));
        return;
      }
      default:
        this.checkTableOrMemory(ins, rule);
    }
  }

  /**
   * A `local.get` the 3.0 rule cannot prove set: no set or tee of the local
   * earlier in this block or an enclosing one. The rule is what keeps any
   * valid module from reading an unset local, so this is the only place the
   * hazard shows; the message says what to do about it.
   */
  private uninitialized(i: number): never {
    const local = this.locals[i];
    const name = local?.name !== undefined ? `$${local.name}` : String(i);
    return this.fail(
      `uninitialized local ${name}: its type ${this.types.name(this.localCodes[i])} has no default value, and no local.set or local.tee of it comes before this local.get in the same block or an enclosing one (set it first, or give it a nullable type)`,
    );
  }

  private localIndex(ins: Instr): number {
    const local = ins.local;
    if (local === undefined || local.entity !== "local" || this.locals[local.index] !== local) {
      this.fail(`unknown local ${local?.index ?? ""}`.trimEnd());
    }
    return local.index;
  }

  private checkCall(type: number, tail: boolean): void {
    this.popAll(this.types.params[type]);
    const results = this.types.results[type];
    if (tail) {
      const own = this.results;
      if (results.length !== own.length) this.fail("type mismatch: the callee's results differ from the caller's");
      for (let k = 0; k < own.length; k++) {
        if (!this.types.sub(results[k], own[k])) this.fail("type mismatch: the callee's results differ from the caller's");
      }
      this.setUnreachable();
      return;
    }
    this.pushAll(results);
  }

  /** A block's parameter types; its result types go to `blockEnd`. */
  private blockTypes(ins: Instr): Int32Array {
    const bt = ins.blockType;
    if (bt === undefined || bt.kind === "empty") {
      this.blockEnd = EMPTY;
      return EMPTY;
    }
    if (bt.kind === "value") {
      this.blockEnd = this.one(this.code(bt.type));
      return EMPTY;
    }
    const t = this.funcType(bt.type);
    this.blockEnd = this.types.results[t];
    return this.types.params[t];
  }

  private checkBlock(ins: Instr, rule: number): void {
    const start = this.blockTypes(ins);
    const end = this.blockEnd;
    if (rule === R.IF) this.pop(I32);
    if (rule === R.TRY_TABLE && ins.catches !== undefined) for (const c of ins.catches) this.checkCatchClause(c);
    this.popAll(start);
    const kind = rule === R.BLOCK ? K_BLOCK : rule === R.LOOP ? K_LOOP : rule === R.IF ? K_IF : rule === R.TRY ? K_TRY : K_TRY_TABLE;
    const f = this.pushFrame(kind, ins, ins, start, end);
    f.list = ins.body ?? NO_INSTRS;
    this.pushAll(start);
  }

  private checkCatchClause(c: NonNullable<Instr["catches"]>[number]): void {
    const values = c.kind === "catch" || c.kind === "catch_ref" ? Array.from(this.tagParams(c.tag)) : [];
    if (c.kind === "catch_ref" || c.kind === "catch_all_ref") values.push(EXN_NON_NULL);
    const label = this.labelTypes(c.label);
    if (label.length !== values.length) this.fail(`type mismatch: the catch gives ${values.length} values to a label of ${label.length}`);
    for (let k = 0; k < values.length; k++) {
      if (!this.types.sub(values[k], label[k])) this.fail(`type mismatch: the catch gives ${this.types.name(values[k])} where the label takes ${this.types.name(label[k])}`);
    }
  }

  private checkBrTable(ins: Instr): void {
    this.pop(I32);
    const labels = ins.labels!;
    const fallback = this.labelTypes(labels[labels.length - 1]);
    const arity = fallback.length;
    for (let l = 0; l < labels.length - 1; l++) {
      const types = this.labelTypes(labels[l]);
      if (types.length !== arity) this.fail("type mismatch: br_table targets have different arities");
      // Pop and push back what the stack has, so that each target is checked against the same values.
      if (arity === 0) continue;
      if (this.scratch.length < arity) this.scratch = new Int32Array(arity * 2);
      const popped = this.scratch;
      for (let k = arity - 1; k >= 0; k--) popped[k] = this.pop(types[k]);
      for (let k = 0; k < arity; k++) this.push(popped[k]);
    }
    this.popAll(fallback);
    this.setUnreachable();
  }

  private checkSelect(ins: Instr): void {
    const typed = ins.selectTypes;
    if (typed !== undefined) {
      if (typed.length !== 1) this.fail("invalid result arity: select takes one result type");
      const t = this.code(typed[0]);
      this.pop(I32);
      this.pop(t);
      this.pop(t);
      this.push(t);
      return;
    }
    this.pop(I32);
    const a = this.popAny();
    const b = this.popAny();
    if (isRef(a) || isRef(b)) this.fail("type mismatch: select without a type needs numeric or vector operands");
    if (a !== b && a !== BOT && b !== BOT) this.fail(`type mismatch: select operands ${this.types.name(b)} and ${this.types.name(a)} differ`);
    this.push(a === BOT ? b : a);
  }

  /** Tables, memories and the segment instructions that fill them. */
  private checkTableOrMemory(ins: Instr, rule: number): void {
    const types = this.types;
    switch (rule) {
      case R.TABLE_GET: {
        const table = this.tableOf(ins.table);
        this.pop(this.tableAddr(table));
        this.push(this.code(table.elemType));
        return;
      }
      case R.TABLE_SET: {
        const table = this.tableOf(ins.table);
        this.pop(this.code(table.elemType));
        this.pop(this.tableAddr(table));
        return;
      }
      case R.TABLE_SIZE:
        this.push(this.tableAddr(this.tableOf(ins.table)));
        return;
      case R.TABLE_GROW: {
        const table = this.tableOf(ins.table);
        const addr = this.tableAddr(table);
        this.pop(addr);
        this.pop(this.code(table.elemType));
        this.push(addr);
        return;
      }
      case R.TABLE_FILL: {
        const table = this.tableOf(ins.table);
        const addr = this.tableAddr(table);
        this.pop(addr);
        this.pop(this.code(table.elemType));
        this.pop(addr);
        return;
      }
      case R.TABLE_COPY: {
        const dst = this.tableOf(ins.table);
        const src = this.tableOf(ins.table2);
        if (!types.sub(this.code(src.elemType), this.code(dst.elemType))) this.fail("type mismatch: table.copy between incompatible element types");
        const a = this.tableAddr(dst);
        const b = this.tableAddr(src);
        this.pop(a === I64 && b === I64 ? I64 : I32);
        this.pop(b);
        this.pop(a);
        return;
      }
      case R.TABLE_INIT: {
        const table = this.tableOf(ins.table);
        const elem = this.elemOf(ins.elem);
        if (!types.sub(this.elemType(elem), this.code(table.elemType))) this.fail("type mismatch: the segment's elements do not fit the table");
        this.pop(I32);
        this.pop(I32);
        this.pop(this.tableAddr(table));
        return;
      }
      case R.ELEM_DROP:
        this.elemOf(ins.elem);
        return;
      case R.MEMORY_SIZE:
        this.push(this.memoryAddr(this.memoryOf(ins.memory)));
        return;
      case R.MEMORY_GROW: {
        const addr = this.memoryAddr(this.memoryOf(ins.memory));
        this.pop(addr);
        this.push(addr);
        return;
      }
      case R.MEMORY_FILL: {
        const addr = this.memoryAddr(this.memoryOf(ins.memory));
        this.pop(addr);
        this.pop(I32);
        this.pop(addr);
        return;
      }
      case R.MEMORY_COPY: {
        const a = this.memoryAddr(this.memoryOf(ins.memory));
        const b = this.memoryAddr(this.memoryOf(ins.memory2));
        this.pop(a === I64 && b === I64 ? I64 : I32);
        this.pop(b);
        this.pop(a);
        return;
      }
      case R.MEMORY_INIT: {
        const memory = this.memoryOf(ins.memory);
        this.dataOf(ins.data);
        this.pop(I32);
        this.pop(I32);
        this.pop(this.memoryAddr(memory));
        return;
      }
      case R.DATA_DROP:
        this.dataOf(ins.data);
        return;
      default:
        this.checkReferenceOrException(ins, rule);
    }
  }

  /** References (null, function, cast, i31, extern conversion), the branches on them, and exceptions. */
  private checkReferenceOrException(ins: Instr, rule: number): void {
    const types = this.types;
    switch (rule) {
      case R.REF_NULL: {
        const heap = types.heapCode(ins.heapType!, ins.sharedHeap);
        if (heap < 0) this.fail("unknown type");
        this.push(refCode(heap, true, ins.exactHeap));
        return;
      }
      case R.REF_IS_NULL:
        this.popRef();
        this.push(I32);
        return;
      case R.REF_FUNC: {
        const func = this.funcOf(ins.func);
        if (this.constScope === null && !(this.declared ??= this.findDeclared()).has(func)) this.fail("undeclared function reference");
        const t = this.funcType(func.type);
        // An imported function is only known to be of a subtype of its declared type.
        this.push(this.defined(t, false, func.import === undefined || func.exactType === true));
        return;
      }
      case R.REF_AS_NON_NULL: {
        const r = this.popRef();
        // An unknown operand is still a reference: what follows cannot read it as a number.
        this.push(refCode(r === BOT ? H_BOT : heapOf(r), false));
        return;
      }
      case R.BR_ON_NULL: {
        const r = this.popRef();
        const label = this.labelTypes(ins.label!);
        this.popAll(label);
        this.pushAll(label);
        this.push(r === BOT ? BOT : refCode(heapOf(r), false));
        return;
      }
      case R.BR_ON_NON_NULL: {
        const r = this.popRef();
        const label = this.labelTypes(ins.label!);
        const last = this.lastRef(label);
        if (r !== BOT && !types.sub(refCode(heapOf(r), false), last)) this.fail("type mismatch: br_on_non_null's label does not take the reference");
        this.popPrefix(label);
        return;
      }
      case R.REF_EQ: {
        // Both operands are shared or neither is.
        const r = this.popEitherShared(H_EQ);
        if (r === BOT) this.popEitherShared(H_EQ);
        else this.pop(refCode(this.sharedRef(r) ? SHARED + H_EQ : H_EQ, true));
        this.push(I32);
        return;
      }
      case R.REF_TEST:
      case R.REF_CAST: {
        const rt = this.castable(this.code(ins.refType!));
        this.pop(refCode(types.topOf(heapOf(rt)), true));
        this.push(rule === R.REF_TEST ? I32 : rt);
        return;
      }
      case R.REF_CAST_DESC_EQ: {
        const rt = this.code(ins.refType!);
        this.pop(this.castDescriptor(rt));
        this.pop(refCode(types.topOf(heapOf(rt)), true));
        this.push(rt);
        return;
      }
      case R.BR_ON_CAST:
      case R.BR_ON_CAST_FAIL:
      case R.BR_ON_CAST_DESC_EQ:
      case R.BR_ON_CAST_DESC_EQ_FAIL: {
        const rt1 = this.castable(this.code(ins.refType!));
        const rt2 = this.castable(this.code(ins.refType2!));
        const desc = rule === R.BR_ON_CAST_DESC_EQ || rule === R.BR_ON_CAST_DESC_EQ_FAIL;
        // The descriptor casts (custom-descriptors) only need the target in the source's hierarchy.
        const bound = desc ? refCode(types.topOf(heapOf(rt1)), true) : rt1;
        if (!types.sub(rt2, bound)) this.fail(`type mismatch: ${types.name(rt2)} is not a subtype of ${types.name(bound)}`);
        if (desc) this.pop(this.castDescriptor(rt2));
        const diff = refCode(heapOf(rt1), isNullable(rt1) && !isNullable(rt2), isExact(rt1));
        const label = this.labelTypes(ins.label!);
        const last = this.lastRef(label);
        const branched = rule === R.BR_ON_CAST || rule === R.BR_ON_CAST_DESC_EQ ? rt2 : diff;
        if (!types.sub(branched, last)) this.fail(`type mismatch: the label takes ${types.name(last)}, the branch gives ${types.name(branched)}`);
        this.pop(rt1);
        this.popPrefix(label);
        this.push(branched === rt2 ? diff : rt2);
        return;
      }
      case R.ANY_CONVERT_EXTERN:
      case R.EXTERN_CONVERT_ANY: {
        const [from, to] = rule === R.ANY_CONVERT_EXTERN ? [H_EXTERN, H_ANY] : [H_ANY, H_EXTERN];
        const r = this.popEitherShared(from);
        // An unknown operand (unreachable code) gives a result that may be shared or not.
        const unknown = r === BOT || (heapOf(r) >= EITHER && heapOf(r) < DEFINED);
        this.push(refCode((unknown ? EITHER : this.sharedRef(r) ? SHARED : 0) + to, r !== BOT && isNullable(r)));
        return;
      }
      case R.REF_I31:
      case R.REF_I31_SHARED:
        this.pop(I32);
        this.push(refCode(rule === R.REF_I31 ? H_I31 : SHARED + H_I31, false));
        return;
      case R.I31_GET:
        this.popEitherShared(H_I31);
        this.push(I32);
        return;
      case R.THROW:
        this.popAll(this.tagParams(ins.tag));
        this.setUnreachable();
        return;
      case R.THROW_REF:
        this.pop(EXNREF);
        this.setUnreachable();
        return;
      case R.RETHROW: {
        const f = this.labelFrame(ins.label!);
        if (f.kind !== K_CATCH) this.fail("invalid rethrow label: it must name a catch block");
        this.setUnreachable();
        return;
      }
      case R.STRUCTURAL:
        this.fail(`${ins.op.name} cannot stand on its own`);
        return;
      case R.CONT_NEW:
      case R.CONT_BIND:
      case R.SUSPEND:
      case R.RESUME:
      case R.RESUME_THROW:
      case R.RESUME_THROW_REF:
      case R.SWITCH:
        this.stackSwitching(ins, rule);
        return;
      default:
        this.checkStructOrArray(ins, rule);
    }
  }

  /** The stack switching instructions: continuations made, bound, resumed, suspended and switched. */
  private stackSwitching(ins: Instr, rule: number): void {
    const types = this.types;
    switch (rule) {
      case R.CONT_NEW: {
        const f = this.contFunc(ins.type);
        this.pop(this.defined(f, true));
        this.push(this.defined(types.index(ins.type!), false));
        return;
      }
      case R.CONT_BIND: {
        // The first type is the continuation bound, the second the one made: the bound arguments come off the front.
        const from = this.contFunc(ins.type);
        const to = this.contFunc(ins.type2);
        const p1 = types.params[from];
        const p2 = types.params[to];
        const bound = p1.length - p2.length;
        if (bound < 0 || !this.funcSub(p1.subarray(bound), types.results[from], p2, types.results[to])) {
          this.fail("type mismatch in cont.bind: the continuation bound does not match the one made");
        }
        this.pop(this.defined(types.index(ins.type!), true));
        this.popAll(p1.subarray(0, bound));
        this.push(this.defined(types.index(ins.type2!), false));
        return;
      }
      case R.SUSPEND: {
        const t = this.tagType(ins.tag);
        this.popAll(types.params[t]);
        this.pushAll(types.results[t]);
        return;
      }
      case R.RESUME:
      case R.RESUME_THROW:
      case R.RESUME_THROW_REF: {
        const f = this.contFunc(ins.type);
        const results = types.results[f];
        for (const c of ins.onClauses ?? []) this.onClause(c, results);
        this.pop(this.defined(types.index(ins.type!), true));
        if (rule === R.RESUME) this.popAll(types.params[f]);
        else if (rule === R.RESUME_THROW) this.popAll(this.tagParams(ins.tag));
        else this.pop(EXNREF);
        this.pushAll(results);
        return;
      }
      case R.SWITCH: {
        const f = this.contFunc(ins.type);
        const t = this.tagType(ins.tag);
        if (types.params[t].length > 0) this.fail("type mismatch in switch: the tag must take no parameters");
        const switched = types.results[t];
        const params = types.params[f];
        const back = params.length > 0 ? this.contFuncOfRef(params[params.length - 1]) : -1;
        if (back < 0) this.fail("type mismatch in switch: the continuation's last parameter must be a continuation");
        if (!this.allSub(types.results[f], switched) || !this.allSub(types.results[back], switched)) {
          this.fail("type mismatch in switch: the continuations' results must match the tag's");
        }
        this.pop(this.defined(types.index(ins.type!), true));
        this.popAll(params.subarray(0, params.length - 1));
        this.pushAll(types.params[back]);
        return;
      }
    }
  }

  /**
   * A resume handler for a continuation returning `results`: `(on $e $l)`
   * branches to $l with the tag's arguments and a continuation that takes
   * the tag's results and returns `results`; `(on $e switch)` takes a tag
   * without parameters whose results are `results`.
   */
  private onClause(c: NonNullable<Instr["onClauses"]>[number], results: Int32Array): void {
    const t = this.tagType(c.tag);
    const params = this.types.params[t];
    const tagResults = this.types.results[t];
    if (c.label === undefined) {
      if (params.length > 0) this.fail("type mismatch in handler: a switch tag takes no parameters");
      if (!this.allSub(tagResults, results)) this.fail("type mismatch in handler: the switch tag's results differ from the continuation's");
      return;
    }
    const label = this.labelTypes(c.label);
    const last = label.length > 0 ? this.contFuncOfRef(label[label.length - 1]) : -1;
    if (last < 0) this.fail("type mismatch in handler: the label must take a continuation last");
    if (!this.allSub(params, label.subarray(0, label.length - 1))) this.fail("type mismatch in handler: the tag's parameters do not match the label");
    if (!this.funcSub(tagResults, results, this.types.params[last], this.types.results[last])) {
      this.fail("type mismatch in handler: the label's continuation does not match the tag and the resumed continuation");
    }
  }

  /** A cast's reference type: continuations cannot be cast (stack switching). */
  private castable(rt: number): number {
    if (this.types.topOf(heapOf(rt)) === H_CONT) this.fail(`invalid cast: ${this.types.name(rt)} is a continuation type`);
    return rt;
  }

  /** The label's last type, which must be a reference (br_on_non_null, br_on_cast). */
  private lastRef(label: Int32Array): number {
    const last = label.length > 0 ? label[label.length - 1] : -1;
    if (last < REF_BASE) this.fail("type mismatch: the label must take a reference last");
    return last;
  }

  /** Pops and pushes back all but the last of a label's types. */
  private popPrefix(label: Int32Array): void {
    const prefix = label.subarray(0, label.length - 1);
    this.popAll(prefix);
    this.pushAll(prefix);
  }

  /** Struct and array instructions. */
  private checkStructOrArray(ins: Instr, rule: number): void {
    const types = this.types;
    switch (rule) {
      case R.STRUCT_NEW:
      case R.STRUCT_NEW_DEFAULT:
      case R.STRUCT_NEW_DESC:
      case R.STRUCT_NEW_DEFAULT_DESC: {
        const t = this.compType(ins.type, KIND_STRUCT, "a struct");
        const fields = types.fields[t];
        // A type with a descriptor is allocated only with one, exactly of its descriptor type.
        if (rule === R.STRUCT_NEW_DESC || rule === R.STRUCT_NEW_DEFAULT_DESC) this.pop(this.defined(this.descriptorType(t), true, true));
        else if (types.descriptorOf[t] >= 0) this.fail(`type ${t} has a descriptor: allocate it with ${ins.op.name}_desc`);
        if (rule === R.STRUCT_NEW || rule === R.STRUCT_NEW_DESC) {
          for (let k = fields.length - 1; k >= 0; k--) this.pop(unpacked(fields[k]));
        } else {
          for (let k = 0; k < fields.length; k++) if (!defaultable(fields[k])) this.fail(`type ${t} has a field without a default value`);
        }
        this.push(this.defined(t, false, true));
        return;
      }
      case R.REF_GET_DESC: {
        const t = this.compType(ins.type, KIND_STRUCT, "a struct");
        const d = this.descriptorType(t);
        const operand = this.defined(t, true);
        const r = this.pop(operand);
        // Only an exact reference to the type itself (or one that is always null, or unreachable) has a descriptor of known type.
        const exact = r === BOT || this.types.isBottom(heapOf(r)) || (isExact(r) && heapOf(r) === heapOf(operand));
        this.push(this.defined(d, false, exact));
        return;
      }
      case R.STRUCT_GET:
      case R.STRUCT_GET_PACKED:
      case R.STRUCT_SET: {
        const t = this.compType(ins.type, KIND_STRUCT, "a struct");
        const fields = types.fields[t];
        const i = ins.index ?? -1;
        if (i < 0 || i >= fields.length) this.fail(`unknown field ${i} of type ${t}`);
        const storage = fields[i];
        if (rule === R.STRUCT_SET) {
          if (types.mutable[t][i] === 0) this.fail(`immutable field ${i} of type ${t}`);
          this.pop(unpacked(storage));
          this.pop(this.defined(t, true));
          return;
        }
        this.packedAccess(storage, rule === R.STRUCT_GET_PACKED);
        this.pop(this.defined(t, true));
        this.push(unpacked(storage));
        return;
      }
      case R.ARRAY_LEN:
        this.popEitherShared(H_ARRAY);
        this.push(I32);
        return;
    }
    const t = this.compType(ins.type, KIND_ARRAY, "an array");
    const element = types.fields[t][0];
    const mutable = types.mutable[t][0] === 1;
    const value = unpacked(element);
    const ref = this.defined(t, true);
    switch (rule) {
      case R.ARRAY_NEW:
        this.pop(I32);
        this.pop(value);
        break;
      case R.ARRAY_NEW_DEFAULT:
        if (!defaultable(element)) this.fail(`type ${t} has elements without a default value`);
        this.pop(I32);
        break;
      case R.ARRAY_NEW_FIXED:
        for (let k = 0; k < (ins.index ?? 0); k++) this.pop(value);
        break;
      case R.ARRAY_NEW_DATA:
        this.numericElements(element, t);
        this.dataOf(ins.data);
        this.pop(I32);
        this.pop(I32);
        break;
      case R.ARRAY_NEW_ELEM:
        this.elemFits(this.elemOf(ins.elem), element);
        this.pop(I32);
        this.pop(I32);
        break;
      case R.ARRAY_GET:
      case R.ARRAY_GET_PACKED:
        this.packedAccess(element, rule === R.ARRAY_GET_PACKED);
        this.pop(I32);
        this.pop(ref);
        this.push(value);
        return;
      case R.ARRAY_SET:
        this.mutableArray(mutable, t);
        this.pop(value);
        this.pop(I32);
        this.pop(ref);
        return;
      case R.ARRAY_FILL:
        this.mutableArray(mutable, t);
        this.pop(I32);
        this.pop(value);
        this.pop(I32);
        this.pop(ref);
        return;
      case R.ARRAY_COPY: {
        this.mutableArray(mutable, t);
        const s = this.compType(ins.type2, KIND_ARRAY, "an array");
        if (!types.sub(types.fields[s][0], element)) this.fail(`array types do not match: type ${s}'s elements do not fit type ${t}`);
        this.pop(I32);
        this.pop(I32);
        this.pop(this.defined(s, true));
        this.pop(I32);
        this.pop(ref);
        return;
      }
      case R.ARRAY_INIT_DATA:
      case R.ARRAY_INIT_ELEM:
        this.mutableArray(mutable, t);
        if (rule === R.ARRAY_INIT_DATA) {
          this.numericElements(element, t);
          this.dataOf(ins.data);
        } else {
          this.elemFits(this.elemOf(ins.elem), element);
        }
        this.pop(I32);
        this.pop(I32);
        this.pop(I32);
        this.pop(ref);
        return;
      default:
        this.fail(`${ins.op.name}: no typing rule`);
    }
    this.push(this.defined(t, false, true));
  }

  /**
   * Shared-everything threads: shared code may name only shared globals,
   * tables, memories, functions and types, so that what it reaches can be
   * shared between threads (the proposal's overview: a shared function
   * "cannot access the un-shared memory").
   */
  private checkSharedAccess(ins: Instr): void {
    const unshared = (what: string): never =>
      this.fail(`${this.constScope === null ? "shared functions" : "shared constant expressions"} cannot access unshared ${what}`);
    if (ins.global?.entity === "global" && !ins.global.shared) unshared("globals");
    if ((ins.table?.entity === "table" && !ins.table.limits.shared) || (ins.table2?.entity === "table" && !ins.table2.limits.shared)) unshared("tables");
    for (const memory of [ins.memarg?.memory, ins.memory, ins.memory2]) if (memory?.entity === "memory" && !memory.limits.shared) unshared("memories");
    if (ins.func?.entity === "func" && this.unsharedType(ins.func.type)) unshared("functions");
    for (const t of [ins.type, ins.type2]) {
      if (t !== undefined && this.unsharedType(t)) unshared(KIND_PLURALS[this.types.kind[this.types.index(t)]]);
    }
  }

  private unsharedType(ref: TypeRef): boolean {
    const i = this.types.index(ref);
    return i >= 0 && this.types.shared[i] === 0;
  }

  /**
   * Shared-everything threads: an atomic access to a global, a table
   * element, a struct field or an array element, of a type the access
   * allows; everything but a read needs the location mutable.
   */
  private checkOrderedAccess(ins: Instr, rule: number): void {
    const types = this.types;
    const access = ACCESS_OF[ins.op.id];
    let storage: number;
    let mutable: boolean;
    let what: string;
    let locators: Int32Array = EMPTY;
    switch (rule) {
      case R.GLOBAL_ATOMIC: {
        const global = this.globalOf(ins.global);
        [storage, mutable, what] = [types.code(global.type), global.mutable, "global"];
        break;
      }
      case R.TABLE_ATOMIC: {
        const table = this.tableOf(ins.table);
        [storage, mutable, what] = [types.refTypeCode(table.elemType), true, "table"];
        locators = this.one(this.tableAddr(table));
        break;
      }
      case R.STRUCT_ATOMIC: {
        const t = this.compType(ins.type, KIND_STRUCT, "a struct");
        const i = ins.index ?? -1;
        if (i < 0 || i >= types.fields[t].length) this.fail(`unknown field ${i} of type ${t}`);
        [storage, mutable, what] = [types.fields[t][i], types.mutable[t][i] === 1, "field"];
        locators = this.one(this.defined(t, true));
        break;
      }
      default: {
        const t = this.compType(ins.type, KIND_ARRAY, "an array");
        [storage, mutable, what] = [types.fields[t][0], types.mutable[t][0] === 1, "array"];
        locators = Int32Array.of(this.defined(t, true), I32);
      }
    }
    if (!this.atomicallyAccessible(storage, access, rule === R.TABLE_ATOMIC)) this.fail(`invalid type: ${ins.op.name} cannot access ${types.name(storage)}`);
    const reads = access === ACCESS.GET || access === ACCESS.GET_PACKED;
    if (reads && rule !== R.GLOBAL_ATOMIC && rule !== R.TABLE_ATOMIC) this.packedAccess(storage, access === ACCESS.GET_PACKED);
    if (!reads && !mutable) this.fail(`${what} is immutable`);
    const value = unpacked(storage);
    if (!reads) this.pop(value);
    if (access === ACCESS.CMPXCHG) this.pop(isRef(value) ? refCode(this.sharedRef(value) ? SHARED + H_EQ : H_EQ, true) : value);
    this.popAll(locators);
    if (access !== ACCESS.SET) this.push(value);
  }

  /** Numbers (i8 and i16 only to store or read extended), and references below anyref (eqref to compare), by the access. */
  private atomicallyAccessible(storage: number, access: number, table: boolean): boolean {
    if (isRef(storage)) {
      if (access === ACCESS.RMW) return false;
      const top = access === ACCESS.CMPXCHG ? H_EQ : H_ANY;
      return this.types.sub(storage, refCode(top, true)) || this.types.sub(storage, refCode(SHARED + top, true));
    }
    if (table) return false;
    if (storage === I8 || storage === I16) return access === ACCESS.SET || access === ACCESS.GET_PACKED;
    return storage === I32 || storage === I64;
  }

  private packedAccess(storage: number, signed: boolean): void {
    const packed = storage !== unpacked(storage);
    if (packed && !signed) this.fail("type mismatch: a packed field needs _s or _u");
    if (!packed && signed) this.fail("type mismatch: _s and _u are for packed fields only");
  }

  private mutableArray(mutable: boolean, t: number): void {
    if (!mutable) this.fail(`immutable array (type ${t})`);
  }

  private numericElements(element: number, t: number): void {
    if (isRef(element)) this.fail(`array type is not numeric or vector (type ${t} holds references)`);
  }

  private elemFits(elem: Elem, element: number): void {
    if (!this.types.sub(this.elemType(elem), element)) this.fail("type mismatch: the segment's elements do not fit the array");
  }
}
