/**
 * How the validator types each instruction, as arrays indexed by the
 * instruction table's `id`: a rule number saying which typing rule applies,
 * and for the instructions whose operand types the table row alone fixes
 * (numeric, vector, memory accesses) those types as codes. They are derived
 * from each row's mnemonic, immediate kind and stack effect, so a new
 * numeric row needs no entry here.
 */
import type { ConstImm, EntityImm, StructuredImm } from "../isa/imm-groups.js";
import { INSTRUCTIONS, type InstrDef } from "../isa/instructions.js";
import { stackEffect } from "../isa/stack-effect.js";
import { F32, F64, I32, I64, V128 } from "./type-table.js";

/** In a derived signature: the address type of the instruction's memory (i32, or i64 for memory64). */
export const ADDR = -1;

/** Typing rules; `SIMPLE` pops `params` and pushes `results`, the others are cases of the validator. */
export const R = {
  SIMPLE: 0,
  MEMORY: 1,
  MEMORY_LANE: 2,
  LANE: 3,
  SHUFFLE: 4,
  UNREACHABLE: 5,
  NOP: 6,
  BLOCK: 7,
  LOOP: 8,
  IF: 9,
  TRY_TABLE: 10,
  TRY: 11,
  BR: 12,
  BR_IF: 13,
  BR_TABLE: 14,
  RETURN: 15,
  CALL: 16,
  CALL_INDIRECT: 17,
  RETURN_CALL: 18,
  RETURN_CALL_INDIRECT: 19,
  CALL_REF: 20,
  RETURN_CALL_REF: 21,
  DROP: 22,
  SELECT: 23,
  LOCAL_GET: 24,
  LOCAL_SET: 25,
  LOCAL_TEE: 26,
  GLOBAL_GET: 27,
  GLOBAL_SET: 28,
  TABLE_GET: 29,
  TABLE_SET: 30,
  TABLE_SIZE: 31,
  TABLE_GROW: 32,
  TABLE_FILL: 33,
  TABLE_COPY: 34,
  TABLE_INIT: 35,
  ELEM_DROP: 36,
  MEMORY_SIZE: 37,
  MEMORY_GROW: 38,
  MEMORY_FILL: 39,
  MEMORY_COPY: 40,
  MEMORY_INIT: 41,
  DATA_DROP: 42,
  REF_NULL: 43,
  REF_IS_NULL: 44,
  REF_FUNC: 45,
  REF_AS_NON_NULL: 46,
  BR_ON_NULL: 47,
  BR_ON_NON_NULL: 48,
  REF_EQ: 49,
  REF_TEST: 50,
  REF_CAST: 51,
  BR_ON_CAST: 52,
  BR_ON_CAST_FAIL: 53,
  ANY_CONVERT_EXTERN: 54,
  EXTERN_CONVERT_ANY: 55,
  REF_I31: 56,
  I31_GET: 57,
  STRUCT_NEW: 58,
  STRUCT_NEW_DEFAULT: 59,
  STRUCT_GET: 60,
  STRUCT_GET_PACKED: 61,
  STRUCT_SET: 62,
  ARRAY_NEW: 63,
  ARRAY_NEW_DEFAULT: 64,
  ARRAY_NEW_FIXED: 65,
  ARRAY_NEW_DATA: 66,
  ARRAY_NEW_ELEM: 67,
  ARRAY_GET: 68,
  ARRAY_GET_PACKED: 69,
  ARRAY_SET: 70,
  ARRAY_LEN: 71,
  ARRAY_FILL: 72,
  ARRAY_COPY: 73,
  ARRAY_INIT_DATA: 74,
  ARRAY_INIT_ELEM: 75,
  THROW: 76,
  THROW_REF: 77,
  RETHROW: 78,
  FENCE: 79,
  /** Parts of structured instructions (else, end, catch, ...): never instructions of their own in the model. */
  STRUCTURAL: 80,
  CONT_NEW: 81,
  CONT_BIND: 82,
  SUSPEND: 83,
  RESUME: 84,
  RESUME_THROW: 85,
  RESUME_THROW_REF: 86,
  SWITCH: 87,
  STRUCT_NEW_DESC: 88,
  STRUCT_NEW_DEFAULT_DESC: 89,
  REF_GET_DESC: 90,
  REF_CAST_DESC_EQ: 91,
  BR_ON_CAST_DESC_EQ: 92,
  BR_ON_CAST_DESC_EQ_FAIL: 93,
  GLOBAL_ATOMIC: 94,
  TABLE_ATOMIC: 95,
  STRUCT_ATOMIC: 96,
  ARRAY_ATOMIC: 97,
  REF_I31_SHARED: 98,
} as const;

/** What an ordered atomic access does with its location (shared-everything threads), per the mnemonic's ending. */
export const ACCESS = { GET: 0, GET_PACKED: 1, SET: 2, RMW: 3, XCHG: 4, CMPXCHG: 5 } as const;

/** Shared-everything threads: one rule per kind of location an ordered atomic access names. */
const ORDERED: Readonly<Record<string, number>> = {
  global: R.GLOBAL_ATOMIC,
  table: R.TABLE_ATOMIC,
  struct: R.STRUCT_ATOMIC,
  array: R.ARRAY_ATOMIC,
};

function accessOf(name: string): number {
  if (name.endsWith(".cmpxchg")) return ACCESS.CMPXCHG;
  if (name.endsWith(".xchg")) return ACCESS.XCHG;
  if (name.includes(".rmw.")) return ACCESS.RMW;
  if (name.endsWith(".set")) return ACCESS.SET;
  return name.endsWith("_s") || name.endsWith("_u") ? ACCESS.GET_PACKED : ACCESS.GET;
}

const SPECIAL: Readonly<Record<string, number>> = {
  unreachable: R.UNREACHABLE,
  nop: R.NOP,
  block: R.BLOCK,
  loop: R.LOOP,
  if: R.IF,
  try_table: R.TRY_TABLE,
  try: R.TRY,
  br: R.BR,
  br_if: R.BR_IF,
  br_table: R.BR_TABLE,
  return: R.RETURN,
  call: R.CALL,
  call_indirect: R.CALL_INDIRECT,
  return_call: R.RETURN_CALL,
  return_call_indirect: R.RETURN_CALL_INDIRECT,
  call_ref: R.CALL_REF,
  return_call_ref: R.RETURN_CALL_REF,
  drop: R.DROP,
  select: R.SELECT,
  "local.get": R.LOCAL_GET,
  "local.set": R.LOCAL_SET,
  "local.tee": R.LOCAL_TEE,
  "global.get": R.GLOBAL_GET,
  "global.set": R.GLOBAL_SET,
  "table.get": R.TABLE_GET,
  "table.set": R.TABLE_SET,
  "table.size": R.TABLE_SIZE,
  "table.grow": R.TABLE_GROW,
  "table.fill": R.TABLE_FILL,
  "table.copy": R.TABLE_COPY,
  "table.init": R.TABLE_INIT,
  "elem.drop": R.ELEM_DROP,
  "memory.size": R.MEMORY_SIZE,
  "memory.grow": R.MEMORY_GROW,
  "memory.fill": R.MEMORY_FILL,
  "memory.copy": R.MEMORY_COPY,
  "memory.init": R.MEMORY_INIT,
  "data.drop": R.DATA_DROP,
  "ref.null": R.REF_NULL,
  "ref.is_null": R.REF_IS_NULL,
  "ref.func": R.REF_FUNC,
  "ref.as_non_null": R.REF_AS_NON_NULL,
  br_on_null: R.BR_ON_NULL,
  br_on_non_null: R.BR_ON_NON_NULL,
  "ref.eq": R.REF_EQ,
  "ref.test": R.REF_TEST,
  "ref.cast": R.REF_CAST,
  br_on_cast: R.BR_ON_CAST,
  br_on_cast_fail: R.BR_ON_CAST_FAIL,
  "any.convert_extern": R.ANY_CONVERT_EXTERN,
  "extern.convert_any": R.EXTERN_CONVERT_ANY,
  "ref.i31": R.REF_I31,
  "i31.get_s": R.I31_GET,
  "i31.get_u": R.I31_GET,
  "struct.new": R.STRUCT_NEW,
  "struct.new_default": R.STRUCT_NEW_DEFAULT,
  "struct.get": R.STRUCT_GET,
  "struct.get_s": R.STRUCT_GET_PACKED,
  "struct.get_u": R.STRUCT_GET_PACKED,
  "struct.set": R.STRUCT_SET,
  "array.new": R.ARRAY_NEW,
  "array.new_default": R.ARRAY_NEW_DEFAULT,
  "array.new_fixed": R.ARRAY_NEW_FIXED,
  "array.new_data": R.ARRAY_NEW_DATA,
  "array.new_elem": R.ARRAY_NEW_ELEM,
  "array.get": R.ARRAY_GET,
  "array.get_s": R.ARRAY_GET_PACKED,
  "array.get_u": R.ARRAY_GET_PACKED,
  "array.set": R.ARRAY_SET,
  "array.len": R.ARRAY_LEN,
  "array.fill": R.ARRAY_FILL,
  "array.copy": R.ARRAY_COPY,
  "array.init_data": R.ARRAY_INIT_DATA,
  "array.init_elem": R.ARRAY_INIT_ELEM,
  throw: R.THROW,
  throw_ref: R.THROW_REF,
  rethrow: R.RETHROW,
  "atomic.fence": R.FENCE,
  // A spin-loop hint: a no-op to validation.
  pause: R.NOP,
  "cont.new": R.CONT_NEW,
  "cont.bind": R.CONT_BIND,
  suspend: R.SUSPEND,
  resume: R.RESUME,
  resume_throw: R.RESUME_THROW,
  resume_throw_ref: R.RESUME_THROW_REF,
  switch: R.SWITCH,
  "struct.new_desc": R.STRUCT_NEW_DESC,
  "struct.new_default_desc": R.STRUCT_NEW_DEFAULT_DESC,
  "ref.get_desc": R.REF_GET_DESC,
  "ref.cast_desc_eq": R.REF_CAST_DESC_EQ,
  br_on_cast_desc_eq: R.BR_ON_CAST_DESC_EQ,
  br_on_cast_desc_eq_fail: R.BR_ON_CAST_DESC_EQ_FAIL,
  "ref.i31_shared": R.REF_I31_SHARED,
};

/** Instructions allowed in constant expressions (besides `global.get`, which has its own rule). */
const CONSTANT = new Set([
  "i32.const", "i64.const", "f32.const", "f64.const", "v128.const",
  "i32.add", "i32.sub", "i32.mul", "i64.add", "i64.sub", "i64.mul",
  "ref.null", "ref.func", "ref.i31", "ref.i31_shared", "any.convert_extern", "extern.convert_any",
  "struct.new", "struct.new_default", "array.new", "array.new_default", "array.new_fixed",
  "struct.new_desc", "struct.new_default_desc",
  "global.get",
]);

const SCALARS: Readonly<Record<string, number>> = { i32: I32, i64: I64, f32: F32, f64: F64 };
/** The scalar a vector shape's lanes hold, and how many lanes it has. */
const SHAPES: Readonly<Record<string, readonly [scalar: number, lanes: number]>> = {
  i8x16: [I32, 16],
  i16x8: [I32, 8],
  i32x4: [I32, 4],
  i64x2: [I64, 2],
  f32x4: [F32, 4],
  f64x2: [F64, 2],
};
const COMPARISONS = /^(eq|ne|[lg][te](_[su])?)$/;
const CONVERSION_SOURCE = /_(i32|i64|f32|f64)(_|$)/;
const VECTOR_SHIFTS = new Set(["shl", "shr_s", "shr_u"]);
const VECTOR_TESTS = new Set(["any_true", "all_true", "bitmask"]);

type Sig = readonly [params: number[], results: number[]];

function memorySig(prefix: string, op: string, imm: InstrDef["imm"]): Sig | null {
  if (prefix === "memory") {
    if (op === "atomic.notify") return [[ADDR, I32], [I32]];
    if (op === "atomic.wait32") return [[ADDR, I32, I64], [I32]];
    if (op === "atomic.wait64") return [[ADDR, I64, I64], [I32]];
    return null;
  }
  const t = prefix === "v128" ? V128 : SCALARS[prefix];
  if (t === undefined) return null;
  if (imm === "memarg_lane") return op.startsWith("load") ? [[ADDR, V128], [V128]] : [[ADDR, V128], []];
  if (op.includes(".rmw")) return op.includes("cmpxchg") ? [[ADDR, t, t], [t]] : [[ADDR, t], [t]];
  if (op.includes("store")) return [[ADDR, t], []];
  return [[ADDR], [t]];
}

function vectorSig(shape: string, op: string, def: InstrDef): Sig | null {
  const lanes = SHAPES[shape];
  if (def.imm === "lane") {
    if (lanes === undefined) return null;
    return op.startsWith("replace") ? [[V128, lanes[0]], [V128]] : [[V128], [lanes[0]]];
  }
  if (VECTOR_SHIFTS.has(op)) return [[V128, I32], [V128]];
  if (VECTOR_TESTS.has(op)) return [[V128], [I32]];
  if (op === "splat") return lanes === undefined ? null : [[lanes[0]], [V128]];
  const effect = stackEffect(def);
  if (effect === null) return null;
  return [new Array<number>(effect.pops).fill(V128), [V128]];
}

function scalarSig(t: number, op: string, def: InstrDef): Sig | null {
  const effect = stackEffect(def);
  if (effect === null) return null;
  // Wide arithmetic: operands and results are all of the instruction's type, in halves.
  if (effect.pushes > 1) return [new Array<number>(effect.pops).fill(t), new Array<number>(effect.pushes).fill(t)];
  if (effect.pops === 1) {
    if (op === "eqz") return [[t], [I32]];
    const source = CONVERSION_SOURCE.exec(op);
    return source !== null ? [[SCALARS[source[1]]], [t]] : [[t], [t]];
  }
  if (effect.pops === 2) return COMPARISONS.test(op) ? [[t, t], [I32]] : [[t, t], [t]];
  return null;
}

/** The operand and result types of an instruction whose row fixes them, or null. */
function signature(def: InstrDef): Sig | null {
  const dot = def.name.indexOf(".");
  const prefix = def.name.slice(0, dot);
  const op = def.name.slice(dot + 1);
  switch (def.imm) {
    case "memarg":
    case "memarg_lane":
      return memorySig(prefix, op, def.imm);
    case "i32":
    case "i64":
    case "f32":
    case "f64":
      return [[], [SCALARS[def.imm]]];
    case "v128":
      return [[], [V128]];
    case "shuffle":
      return [[V128, V128], [V128]];
    case "lane":
      return vectorSig(prefix, op, def);
    case "none": {
      const scalar = SCALARS[prefix];
      if (scalar !== undefined) return scalarSig(scalar, op, def);
      if (prefix === "v128" || SHAPES[prefix] !== undefined) return vectorSig(prefix, op, def);
      return null;
    }
    default:
      // Typed by the rules of SPECIAL, or structured.
      def.imm satisfies StructuredImm | EntityImm | "select" | "heap_type" | "ref_type" | "fence";
      return null;
  }
}

const n = INSTRUCTIONS.length;
/** Per instruction id: its rule (`R`). */
export const RULE = new Uint8Array(n);
/** Per instruction id: operand and result codes for the rules that read them (`ADDR` for the address). */
export const PARAMS: Int32Array[] = new Array<Int32Array>(n);
export const RESULTS: Int32Array[] = new Array<Int32Array>(n);
/** Per instruction id: lane count for lane immediates. */
export const LANES = new Uint8Array(n);
/** Per instruction id: 1 when allowed in a constant expression. */
export const CONSTANT_OK = new Uint8Array(n);
/** Per instruction id: 1 for atomic memory accesses, whose alignment must be exactly natural. */
export const ATOMIC = new Uint8Array(n);
/** Per instruction id of an ordered atomic access: what it does (`ACCESS`). */
export const ACCESS_OF = new Uint8Array(n);

const EMPTY = new Int32Array(0);
let filled = false;

/**
 * Fills the tables above, once; the checkers call it when they are made.
 * Importing the library does not: most calls never validate (`wat2wasm`,
 * `wasm2wat`), and deriving every instruction's signature is a few ms of
 * every import otherwise.
 */
export function fillRules(): void {
  if (filled) return;
  filled = true;
  for (const def of INSTRUCTIONS) fillRule(def);
}

function fillRule(def: InstrDef): void {
  const i = def.id;
  PARAMS[i] = EMPTY;
  RESULTS[i] = EMPTY;
  CONSTANT_OK[i] = CONSTANT.has(def.name) ? 1 : 0;
  ATOMIC[i] = def.feature === "threads" && def.imm === "memarg" ? 1 : 0;
  if (def.ordered) ACCESS_OF[i] = accessOf(def.name);
  const special = SPECIAL[def.name] ?? (def.ordered ? ORDERED[def.name.slice(0, def.name.indexOf("."))] : undefined);
  if (special !== undefined) {
    RULE[i] = special;
    return;
  }
  if (def.imm === "structural") {
    RULE[i] = R.STRUCTURAL;
    return;
  }
  const sig = signature(def);
  if (sig === null) throw new Error(`validator: no typing rule for ${def.name}`);
  PARAMS[i] = Int32Array.from(sig[0]);
  RESULTS[i] = Int32Array.from(sig[1]);
  switch (def.imm) {
    case "memarg":
      RULE[i] = R.MEMORY;
      break;
    case "memarg_lane":
      RULE[i] = R.MEMORY_LANE;
      LANES[i] = 16 >> (def.align ?? 0);
      break;
    case "lane":
      RULE[i] = R.LANE;
      LANES[i] = SHAPES[def.name.slice(0, def.name.indexOf("."))][1];
      break;
    case "shuffle":
      RULE[i] = R.SHUFFLE;
      break;
    default:
      // Only plain operations and constants have a signature and get here.
      def.imm satisfies "none" | ConstImm | StructuredImm | EntityImm | "select" | "heap_type" | "ref_type" | "fence";
      RULE[i] = R.SIMPLE;
  }
}
