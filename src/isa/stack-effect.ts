/**
 * How many values an instruction pops and pushes, when the instruction table
 * row alone says it: numeric, memory, table, reference and SIMD instructions.
 * Instructions whose counts depend on the module (calls, struct and array
 * operations, branches, block types, tags) are `null`: their users (the
 * folding printer) work those out from the module's types.
 *
 * Derived from the mnemonic and immediate kind of each row, so a new row
 * needs no entry here unless it breaks the naming patterns below.
 */
import type { EntityImm, StructuredImm } from "./imm-groups.js";
import type { InstrDef } from "./instructions.js";

export interface StackEffect {
  readonly pops: number;
  readonly pushes: number;
}

/** Operations (after the `type.` prefix) that take one operand. */
const UNARY = new Set([
  "clz", "ctz", "popcnt", "eqz", "abs", "neg", "ceil", "floor", "trunc", "nearest", "sqrt",
  "splat", "not", "any_true", "all_true", "bitmask",
]);

/** Conversions and lane-widening operations: one operand, whatever follows the underscore. */
const UNARY_PREFIX = /^(wrap|extend|trunc|convert|demote|promote|reinterpret|extadd_pairwise|relaxed_trunc)_|^extend\d+_s$/;

const TERNARY = /^(bitselect|relaxed_madd|relaxed_nmadd|relaxed_laneselect|relaxed_dot_i8x16_i7x16_add_s)$/;

/** Fixed counts of instructions that are not plain numeric operations. */
const FIXED: Readonly<Record<string, readonly [number, number]>> = {
  unreachable: [0, 0], nop: [0, 0], drop: [1, 0], select: [3, 1],
  "local.get": [0, 1], "local.set": [1, 0], "local.tee": [1, 1],
  "global.get": [0, 1], "global.set": [1, 0],
  "memory.size": [0, 1], "memory.grow": [1, 1], "memory.fill": [3, 0], "memory.copy": [3, 0], "memory.init": [3, 0],
  "data.drop": [0, 0], "elem.drop": [0, 0],
  "table.get": [1, 1], "table.set": [2, 0], "table.size": [0, 1], "table.grow": [2, 1], "table.fill": [3, 0],
  "table.copy": [3, 0], "table.init": [3, 0],
  "ref.null": [0, 1], "ref.is_null": [1, 1], "ref.func": [0, 1], "ref.as_non_null": [1, 1], "ref.eq": [2, 1],
  "ref.test": [1, 1], "ref.cast": [1, 1], "ref.cast_desc_eq": [2, 1], "ref.i31": [1, 1], "i31.get_s": [1, 1], "i31.get_u": [1, 1],
  "any.convert_extern": [1, 1], "extern.convert_any": [1, 1], "array.len": [1, 1],
  "throw_ref": [1, 0], "atomic.fence": [0, 0], pause: [0, 0],
  "memory.atomic.notify": [2, 1], "memory.atomic.wait32": [3, 1], "memory.atomic.wait64": [3, 1],
  "v128.const": [0, 1], "i8x16.shuffle": [2, 1],
  "i64.add128": [4, 2], "i64.sub128": [4, 2], "i64.mul_wide_s": [2, 2], "i64.mul_wide_u": [2, 2],
  "cont.new": [1, 1], "ref.i31_shared": [1, 1],
};

/** Operands that locate the value an ordered atomic access reads or writes: none for a global, the reference and the index of an array element. */
const LOCATORS: Readonly<Record<string, number>> = { global: 0, table: 1, struct: 1, array: 2 };

const cache = new Map<InstrDef, StackEffect | null>();

/** The stack effect of an instruction, or null when it depends on the module. */
export function stackEffect(def: InstrDef): StackEffect | null {
  let effect = cache.get(def);
  if (effect === undefined) {
    effect = derive(def);
    cache.set(def, effect);
  }
  return effect;
}

function derive(def: InstrDef): StackEffect | null {
  const fixed = FIXED[def.name];
  if (fixed !== undefined) return { pops: fixed[0], pushes: fixed[1] };
  const name = def.name;
  // `return` pops the function's results.
  if (name === "return") return null;
  if (def.ordered) return orderedAccess(name);
  switch (def.imm) {
    case "i32":
    case "i64":
    case "f32":
    case "f64":
      return { pops: 0, pushes: 1 };
    case "memarg":
      return memoryAccess(name);
    case "memarg_lane":
      return name.includes("store") ? { pops: 2, pushes: 0 } : { pops: 2, pushes: 1 };
    case "lane":
      return name.includes("replace") ? { pops: 2, pushes: 1 } : { pops: 1, pushes: 1 };
    case "none": {
      const op = name.slice(name.indexOf(".") + 1);
      if (UNARY.has(op) || UNARY_PREFIX.test(op)) return { pops: 1, pushes: 1 };
      if (TERNARY.test(op)) return { pops: 3, pushes: 1 };
      return { pops: 2, pushes: 1 };
    }
    default:
      // Counts of these come from FIXED or depend on the module.
      def.imm satisfies StructuredImm | EntityImm | "v128" | "shuffle" | "select" | "heap_type" | "ref_type" | "fence";
      return null;
  }
}

/** An atomic access to a global, table, struct field or array element: the locating operands, then what is stored or combined. */
function orderedAccess(name: string): StackEffect {
  const locators = LOCATORS[name.slice(0, name.indexOf("."))];
  if (name.endsWith(".cmpxchg")) return { pops: locators + 2, pushes: 1 };
  if (name.includes(".rmw.")) return { pops: locators + 1, pushes: 1 };
  if (name.endsWith(".set")) return { pops: locators + 1, pushes: 0 };
  return { pops: locators, pushes: 1 };
}

function memoryAccess(name: string): StackEffect {
  if (name.includes("cmpxchg")) return { pops: 3, pushes: 1 };
  if (name.includes(".rmw")) return { pops: 2, pushes: 1 };
  if (name.includes("store")) return { pops: 2, pushes: 0 };
  return { pops: 1, pushes: 1 };
}
