/**
 * How many values an instruction of a module pops and pushes: the
 * instruction table's fixed counts (`isa/stack-effect.ts`) completed with
 * what the module's types say (calls, branches, blocks, struct and array
 * operations, tags). Folding uses it to decide what reads well, in raise
 * (binary to text) and in the formatter; it never changes what the code
 * means, so an unknown count (a dangling type, an invalid module) only
 * stops folding.
 */
import { stackEffect } from "../isa/stack-effect.js";
import type { BlockType, Func, Instr, LabelTarget, TypeRef } from "./model.js";
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
      return { pops: 5, pushes: 0 };
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
      return sig === undefined ? UNKNOWN : { pops: sig.params.length, pushes: 0 };
    }
    case "none":
      if (name === "return" && func !== undefined) {
        const sig = funcTypeOf(func.type);
        if (sig !== undefined) return { pops: sig.results.length, pushes: 0 };
      }
      return UNKNOWN;
    default:
      return UNKNOWN;
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
