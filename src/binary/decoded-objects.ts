/**
 * The objects the decoder makes most: instructions, one class per shape
 * (the immediates an instruction has), each with `op` and `offset` first
 * as the object literals of the rarer shapes have them; memargs; locals;
 * lists of instructions and of locals.
 *
 * Why classes and factories: V8 keeps an allocation site per object or
 * array literal and decides for each one, at some collection, whether its
 * objects are born old (a decoded module keeps them all). Each decision
 * throws away the optimised code that allocates there, so the instruction
 * loop, with a literal per shape and per kind of list, was compiled again
 * once per literal while a large binary decoded. Objects made by a
 * constructor have no such site, and the lists of one kind all come from
 * one literal, decided once.
 */
import type { InstrDef } from "../isa/instructions.js";
import type { BlockType, Catch, FuncRef, GlobalRef, Instr, LabelTarget, Local, LocalRef, MemArg, MemoryRef, TableRef, TypeRef, ValType } from "../module/model.js";

export class PlainInstr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
  ) {}
}

export class LocalInstr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public local: LocalRef,
  ) {}
}

export class GlobalInstr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public global: GlobalRef,
  ) {}
}

export class FuncInstr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public func: FuncRef,
  ) {}
}

/** `i32.const`, and `f32.const` with its bits. */
export class I32Instr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public i32: number,
  ) {}
}

/** `i64.const`, and `f64.const` with its bits. */
export class I64Instr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public i64: bigint,
  ) {}
}

export class MemargInstr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public memarg: MemArg,
  ) {}
}

export class LabelInstr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public label: LabelTarget,
  ) {}
}

export class BrTableInstr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public labels: LabelTarget[],
  ) {}
}

/** `block`, `loop`, `if` and the legacy `try`. */
export class BlockInstr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public blockType: BlockType,
    public body: Instr[],
  ) {}
}

export class TryTableInstr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public blockType: BlockType,
    public catches: Catch[],
    public body: Instr[],
  ) {}
}

export class CallIndirectInstr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public type: TypeRef,
    public table: TableRef,
  ) {}
}

/** `select` with its `(result ...)` types. */
export class TypedSelectInstr implements Instr {
  constructor(
    public op: InstrDef,
    public offset: number | undefined,
    public selectTypes: ValType[],
  ) {}
}

export class DecodedMemArg implements MemArg {
  constructor(
    public memory: MemoryRef,
    public align: number,
    public offset: bigint,
  ) {}
}

/** A parameter or local of a decoded function (a model's `Local`). */
export class DecodedLocal implements Local {
  readonly entity = "local";
  /** Set by the name section, if at all: declared here so that named and unnamed locals have one shape. */
  name: string | undefined = undefined;
  type: ValType;
  index: number;
  constructor(type: ValType, index: number) {
    this.type = type;
    this.index = index;
  }
}

/** A new list of instructions: a body, a block's, a branch's or a handler's. */
export function instrList(): Instr[] {
  return [];
}

/** A new list of a function's parameters or locals. */
export function localList(): Local[] {
  return [];
}
