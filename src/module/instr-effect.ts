/**
 * How many values an instruction of a module pops and pushes: the
 * instruction table's fixed counts (`isa/stack-effect.ts`) completed with
 * what the module's types say (calls, branches, blocks, struct and array
 * operations, tags). Folding uses it to decide what reads well, in raise
 * (binary to text) and in the formatter; it never changes what the code
 * means, so an unknown count (a dangling type, an invalid module) only
 * stops folding.
 */
import type { ConstImm, EntityImm, StructuredImm } from "../isa/imm-groups.js";
import { stackEffect } from "../isa/stack-effect.js";
import type { BlockType, Func, Instr, LabelTarget, TypeRef, ValType } from "./model.js";
import { funcTypeOf } from "./raise-types.js";

/** Counts of one instruction's operands and results; -1: unknown. */
export interface Effect {
  pops: number;
  pushes: number;
}

export const UNKNOWN: Effect = { pops: -1, pushes: -1 };

/** What a block takes and leaves (its type), or undefined when its type is not known. */
export function blockEffect(bt: BlockType): Effect | undefined {
  switch (bt.kind) {
    case "empty":
      return { pops: 0, pushes: 0 };
    case "value":
      return { pops: 0, pushes: 1 };
    case "type": {
      const sig = funcTypeOf(bt.type);
      return sig && { pops: sig.params.length, pushes: sig.results.length };
    }
  }
}

/** How many values a branch to `target` carries; -1 when unknown. */
function labelArity(target: LabelTarget): number {
  if ("entity" in target) {
    if (target.entity !== "func") return -1;
    return funcTypeOf(target.type)?.results.length ?? -1;
  }
  if (target.op.name === "loop") {
    const bt = target.blockType!;
    return bt.kind === "type" ? (funcTypeOf(bt.type)?.params.length ?? -1) : 0;
  }
  const sig = blockEffect(target.blockType!);
  return sig === undefined ? -1 : sig.pushes;
}

/** The effect of a plain (not structured) instruction of `func`. */
export function instrEffect(ins: Instr, func: Func | undefined): Effect {
  const fixed = stackEffect(ins.op);
  if (fixed !== null) return fixed;
  const name = ins.op.name;
  switch (ins.op.imm) {
    case "func": {
      const sig = ins.func!.entity === "func" ? funcTypeOf((ins.func as Func).type) : undefined;
      if (sig === undefined) return UNKNOWN;
      return { pops: sig.params.length, pushes: name === "call" ? sig.results.length : 0 };
    }
    case "call_indirect":
    case "type":
      return typeEffect(name, ins.type!);
    case "type_field":
      return name === "struct.set" ? { pops: 2, pushes: 0 } : { pops: 1, pushes: 1 };
    case "type_count":
      return { pops: ins.index!, pushes: 1 };
    case "type_data":
    case "type_elem":
      return name.startsWith("array.new") ? { pops: 2, pushes: 1 } : { pops: 4, pushes: 0 };
    case "type_type":
      return name === "cont.bind" ? contBindEffect(ins.type2!, ins.type!) : { pops: 5, pushes: 0 };
    case "resume":
    case "resume_throw":
    case "type_tag":
      return continuationEffect(ins);
    case "label": {
      const a = labelArity(ins.label!);
      if (a < 0) return UNKNOWN;
      switch (name) {
        case "br":
          return { pops: a, pushes: 0 };
        case "br_if":
          return { pops: a + 1, pushes: a };
        case "br_on_null":
          return { pops: a + 1, pushes: a + 1 };
        case "br_on_non_null":
          return a > 0 ? { pops: a, pushes: a - 1 } : UNKNOWN;
        default:
          return { pops: 0, pushes: 0 };
      }
    }
    case "br_table": {
      const labels = ins.labels!;
      const a = labelArity(labels[labels.length - 1]);
      return a < 0 ? UNKNOWN : { pops: a + 1, pushes: 0 };
    }
    case "br_on_cast": {
      const a = labelArity(ins.label!);
      // The descriptor casts (custom-descriptors) also take the descriptor.
      const descriptor = name.startsWith("br_on_cast_desc") ? 1 : 0;
      return a < 1 ? UNKNOWN : { pops: a + descriptor, pushes: a };
    }
    case "tag": {
      const tag = ins.tag!;
      const sig = tag.entity === "tag" ? funcTypeOf(tag.type) : undefined;
      if (sig === undefined) return UNKNOWN;
      // suspend returns what the handler resumes it with: the tag's results.
      return { pops: sig.params.length, pushes: name === "suspend" ? sig.results.length : 0 };
    }
    case "none":
      if (name === "return" && func !== undefined) {
        const sig = funcTypeOf(func.type);
        if (sig !== undefined) return { pops: sig.results.length, pushes: 0 };
      }
      return UNKNOWN;
    default:
      // Fixed by the table (stackEffect above: never null for these), or structured.
      ins.op.imm satisfies
        | StructuredImm
        | Extract<EntityImm, "local" | "global" | "table" | "memory" | "elem" | "data" | "table_table" | "table_elem" | "memory_memory" | "memory_data">
        | ConstImm
        | "memarg"
        | "memarg_lane"
        | "shuffle"
        | "lane"
        | "select"
        | "heap_type"
        | "ref_type"
        | "fence";
      return UNKNOWN;
  }
}

/** The function type of a continuation type, if `type` is one. */
function contFunc(type: TypeRef): { params: ValType[]; results: ValType[] } | undefined {
  return type.entity === "type" && type.comp.kind === "cont" ? funcTypeOf(type.comp.func) : undefined;
}

/** cont.bind $made $bound: the arguments bound (what the bound continuation takes beyond the made one) and the continuation. */
function contBindEffect(made: TypeRef, bound: TypeRef): Effect {
  const to = contFunc(made);
  const from = contFunc(bound);
  if (to === undefined || from === undefined || from.params.length < to.params.length) return UNKNOWN;
  return { pops: from.params.length - to.params.length + 1, pushes: 1 };
}

/**
 * resume takes the continuation's arguments and the continuation;
 * resume_throw the tag's arguments instead, resume_throw_ref an exnref; all
 * leave the continuation's results. switch passes all but the last argument
 * (the continuation made of the switcher) and leaves what the switcher is
 * resumed with: the parameters of that last argument's continuation type.
 */
function continuationEffect(ins: Instr): Effect {
  const sig = contFunc(ins.type!);
  if (sig === undefined) return UNKNOWN;
  switch (ins.op.name) {
    case "resume":
      return { pops: sig.params.length + 1, pushes: sig.results.length };
    case "resume_throw_ref":
      return { pops: 2, pushes: sig.results.length };
    case "resume_throw": {
      const tag = ins.tag!;
      const thrown = tag.entity === "tag" ? funcTypeOf(tag.type) : undefined;
      return thrown === undefined ? UNKNOWN : { pops: thrown.params.length + 1, pushes: sig.results.length };
    }
    default: {
      const last = sig.params.at(-1);
      const back = typeof last === "object" && typeof last.heap === "object" ? contFunc(last.heap) : undefined;
      return back === undefined ? UNKNOWN : { pops: sig.params.length, pushes: back.params.length };
    }
  }
}

/** Calls through a type, and struct and array operations with one type immediate. */
function typeEffect(name: string, type: TypeRef): Effect {
  if (type.entity !== "type") return UNKNOWN;
  const comp = type.comp;
  switch (name) {
    case "call_indirect":
    case "call_ref":
      return comp.kind === "func" ? { pops: comp.params.length + 1, pushes: comp.results.length } : UNKNOWN;
    case "return_call_indirect":
    case "return_call_ref":
      return comp.kind === "func" ? { pops: comp.params.length + 1, pushes: 0 } : UNKNOWN;
    case "struct.new":
      return comp.kind === "struct" ? { pops: comp.fields.length, pushes: 1 } : UNKNOWN;
    case "struct.new_desc":
      return comp.kind === "struct" ? { pops: comp.fields.length + 1, pushes: 1 } : UNKNOWN;
    case "struct.new_default_desc":
    case "ref.get_desc":
      return { pops: 1, pushes: 1 };
    case "struct.new_default":
    case "array.new_default":
      return { pops: name === "array.new_default" ? 1 : 0, pushes: 1 };
    case "array.new":
    case "array.get":
    case "array.get_s":
    case "array.get_u":
      return { pops: 2, pushes: 1 };
    case "array.set":
      return { pops: 3, pushes: 0 };
    case "array.fill":
      return { pops: 4, pushes: 0 };
    default:
      return UNKNOWN;
  }
}
