/**
 * The instruction table: one row per instruction of WebAssembly 3.0 (plus
 * threads, shared-everything threads, wide arithmetic, stack switching and the legacy exception-handling instructions). Every layer reads
 * it: the AST builder looks mnemonics up here, resolve and encode use the
 * immediate kind and opcode, decode and print go the other way.
 *
 * This module is data plus lookups; it must not import any other layer.
 */

import type { Feature } from "./features.js";

export type { Feature } from "./features.js";

/**
 * What follows the opcode, in text and in binary. The names say the text
 * order; where the binary order differs the comment says so.
 */
export type Imm =
  | "none"
  /** block, loop, if: blocktype then a nested body (if: and an else body). */
  | "block"
  /** try_table: blocktype, catch clauses, body. */
  | "try_table"
  /** Legacy try: blocktype, body, catch/catch_all handlers or a delegate label. */
  | "try"
  /** br, br_if, br_on_null, br_on_non_null, rethrow (legacy): one label. */
  | "label"
  /** br_table: labels, the last one is the default. */
  | "br_table"
  /** br_on_cast, br_on_cast_fail: label, source reftype, target reftype (binary: flags byte first). */
  | "br_on_cast"
  /** call, return_call, ref.func. */
  | "func"
  /** call_indirect, return_call_indirect: text `table? typeuse`, binary `typeidx tableidx`. */
  | "call_indirect"
  /** call_ref, return_call_ref, struct.new, array.new, array.get, ...: one type index. */
  | "type"
  /** struct.get, struct.get_s/u, struct.set: type index, field index. */
  | "type_field"
  /** array.new_fixed: type index, element count. */
  | "type_count"
  /** array.new_data, array.init_data: type index, data index. */
  | "type_data"
  /** array.new_elem, array.init_elem: type index, elem index. */
  | "type_elem"
  /** array.copy: destination type, source type; cont.bind: the continuation type made, the one bound. */
  | "type_type"
  | "local"
  | "global"
  /** table.get/set/size/grow/fill: optional table (defaults to 0). */
  | "table"
  /** memory.size/grow/fill: optional memory (defaults to 0). */
  | "memory"
  | "tag"
  | "elem"
  | "data"
  /** table.copy: optional destination and source tables. */
  | "table_table"
  /** table.init: text `table? elem`, binary `elemidx tableidx`. */
  | "table_elem"
  /** memory.copy: optional destination and source memories. */
  | "memory_memory"
  /** memory.init: text `memory? data`, binary `dataidx memidx`. */
  | "memory_data"
  /** Loads, stores, atomics: `memory? offset=? align=?`; natural alignment in `align`. */
  | "memarg"
  /** v128.loadN_lane / storeN_lane: memarg then a lane index byte. */
  | "memarg_lane"
  | "i32"
  | "i64"
  | "f32"
  | "f64"
  /** v128.const: a shape keyword then its lanes; 16 bytes in binary. */
  | "v128"
  /** i8x16.shuffle: 16 lane indices, one byte each. */
  | "shuffle"
  /** extract_lane / replace_lane: one lane index byte. */
  | "lane"
  /** select: optional `(result t*)`; with it the opcode is `altCode` and a type vector follows. */
  | "select"
  /** ref.null: a heap type. */
  | "heap_type"
  /** ref.test, ref.cast: a reftype; the nullable form uses `altCode`. */
  | "ref_type"
  /** atomic.fence: a reserved zero byte. */
  | "fence"
  /** resume, resume_throw_ref: a continuation type, then handler clauses `(on $tag $label)` / `(on $tag switch)`. */
  | "resume"
  /** resume_throw: a continuation type, the tag thrown, then handler clauses. */
  | "resume_throw"
  /** switch: a continuation type, then a tag. */
  | "type_tag"
  /** else, end, catch, catch_all, delegate: parts of structured instructions, never on their own. */
  | "structural";

export interface InstrDef {
  /** Position in `INSTRUCTIONS`: lets hot loops (the validator) keep per-instruction data in arrays. */
  readonly id: number;
  /** Text mnemonic. */
  readonly name: string;
  /** 0 for one-byte opcodes, otherwise the prefix byte (0xfb, 0xfc, 0xfd, 0xfe). */
  readonly prefix: number;
  /** The opcode byte, or after a prefix the sub-opcode (a u32 LEB128 in binary). */
  readonly code: number;
  readonly imm: Imm;
  readonly feature: Feature;
  /** memarg instructions: log2 of the natural alignment in bytes. */
  readonly align?: number;
  /** The second opcode of a variant chosen by the immediates (typed select, nullable ref.test/ref.cast). */
  readonly altCode?: number;
  /** A memory order (`seq_cst`, `acq_rel`) comes before the immediates of `imm`, in text and binary (shared-everything threads). */
  readonly ordered?: boolean;
}

/** Optional per-row fields: natural alignment for memory accesses, the second opcode of a variant, a memory order. */
type Extra = { readonly align?: number; readonly altCode?: number; readonly ordered?: boolean };

/** The memory orders of atomic accesses to globals, tables, structs and arrays (shared-everything threads), each at the index that is its binary encoding. */
export const MEMORY_ORDERS = ["seq_cst", "acq_rel"] as const;

export type MemoryOrder = (typeof MEMORY_ORDERS)[number];

/** One row as written below: mnemonic, opcode, immediates (default "none"), extras. */
type Row = readonly [name: string, code: number, imm?: Imm, extra?: Extra];

/** Rows get their `id` in the order the groups are listed in `INSTRUCTIONS`. */
let nextId = 0;

function group(prefix: number, feature: Feature, rows: readonly Row[]): InstrDef[] {
  return rows.map(([name, code, imm = "none", extra]) => ({ id: nextId++, name, prefix, code, imm, feature, ...extra }));
}

/** Natural alignment, log2 of bytes: 1, 2, 4, 8, 16. */
const A8 = { align: 0 };
const A16 = { align: 1 };
const A32 = { align: 2 };
const A64 = { align: 3 };
const A128 = { align: 4 };

// One-byte opcodes are written in hex; prefixed sub-opcodes in decimal, as the
// spec's binary format does, except for threads (0xfe), whose proposal uses hex.

const MVP_CONTROL: readonly Row[] = [
  ["unreachable", 0x00],
  ["nop", 0x01],
  ["block", 0x02, "block"],
  ["loop", 0x03, "block"],
  ["if", 0x04, "block"],
  ["else", 0x05, "structural"],
  ["end", 0x0b, "structural"],
  ["br", 0x0c, "label"],
  ["br_if", 0x0d, "label"],
  ["br_table", 0x0e, "br_table"],
  ["return", 0x0f],
  ["call", 0x10, "func"],
  ["call_indirect", 0x11, "call_indirect"],
  ["drop", 0x1a],
  ["select", 0x1b, "select", { altCode: 0x1c }],
  ["local.get", 0x20, "local"],
  ["local.set", 0x21, "local"],
  ["local.tee", 0x22, "local"],
  ["global.get", 0x23, "global"],
  ["global.set", 0x24, "global"],
];

const MVP_MEMORY: readonly Row[] = [
  ["i32.load", 0x28, "memarg", A32],
  ["i64.load", 0x29, "memarg", A64],
  ["f32.load", 0x2a, "memarg", A32],
  ["f64.load", 0x2b, "memarg", A64],
  ["i32.load8_s", 0x2c, "memarg", A8],
  ["i32.load8_u", 0x2d, "memarg", A8],
  ["i32.load16_s", 0x2e, "memarg", A16],
  ["i32.load16_u", 0x2f, "memarg", A16],
  ["i64.load8_s", 0x30, "memarg", A8],
  ["i64.load8_u", 0x31, "memarg", A8],
  ["i64.load16_s", 0x32, "memarg", A16],
  ["i64.load16_u", 0x33, "memarg", A16],
  ["i64.load32_s", 0x34, "memarg", A32],
  ["i64.load32_u", 0x35, "memarg", A32],
  ["i32.store", 0x36, "memarg", A32],
  ["i64.store", 0x37, "memarg", A64],
  ["f32.store", 0x38, "memarg", A32],
  ["f64.store", 0x39, "memarg", A64],
  ["i32.store8", 0x3a, "memarg", A8],
  ["i32.store16", 0x3b, "memarg", A16],
  ["i64.store8", 0x3c, "memarg", A8],
  ["i64.store16", 0x3d, "memarg", A16],
  ["i64.store32", 0x3e, "memarg", A32],
  ["memory.size", 0x3f, "memory"],
  ["memory.grow", 0x40, "memory"],
];

const MVP_NUMERIC: readonly Row[] = [
  ["i32.const", 0x41, "i32"],
  ["i64.const", 0x42, "i64"],
  ["f32.const", 0x43, "f32"],
  ["f64.const", 0x44, "f64"],

  ["i32.eqz", 0x45],
  ["i32.eq", 0x46],
  ["i32.ne", 0x47],
  ["i32.lt_s", 0x48],
  ["i32.lt_u", 0x49],
  ["i32.gt_s", 0x4a],
  ["i32.gt_u", 0x4b],
  ["i32.le_s", 0x4c],
  ["i32.le_u", 0x4d],
  ["i32.ge_s", 0x4e],
  ["i32.ge_u", 0x4f],

  ["i64.eqz", 0x50],
  ["i64.eq", 0x51],
  ["i64.ne", 0x52],
  ["i64.lt_s", 0x53],
  ["i64.lt_u", 0x54],
  ["i64.gt_s", 0x55],
  ["i64.gt_u", 0x56],
  ["i64.le_s", 0x57],
  ["i64.le_u", 0x58],
  ["i64.ge_s", 0x59],
  ["i64.ge_u", 0x5a],

  ["f32.eq", 0x5b],
  ["f32.ne", 0x5c],
  ["f32.lt", 0x5d],
  ["f32.gt", 0x5e],
  ["f32.le", 0x5f],
  ["f32.ge", 0x60],

  ["f64.eq", 0x61],
  ["f64.ne", 0x62],
  ["f64.lt", 0x63],
  ["f64.gt", 0x64],
  ["f64.le", 0x65],
  ["f64.ge", 0x66],

  ["i32.clz", 0x67],
  ["i32.ctz", 0x68],
  ["i32.popcnt", 0x69],
  ["i32.add", 0x6a],
  ["i32.sub", 0x6b],
  ["i32.mul", 0x6c],
  ["i32.div_s", 0x6d],
  ["i32.div_u", 0x6e],
  ["i32.rem_s", 0x6f],
  ["i32.rem_u", 0x70],
  ["i32.and", 0x71],
  ["i32.or", 0x72],
  ["i32.xor", 0x73],
  ["i32.shl", 0x74],
  ["i32.shr_s", 0x75],
  ["i32.shr_u", 0x76],
  ["i32.rotl", 0x77],
  ["i32.rotr", 0x78],

  ["i64.clz", 0x79],
  ["i64.ctz", 0x7a],
  ["i64.popcnt", 0x7b],
  ["i64.add", 0x7c],
  ["i64.sub", 0x7d],
  ["i64.mul", 0x7e],
  ["i64.div_s", 0x7f],
  ["i64.div_u", 0x80],
  ["i64.rem_s", 0x81],
  ["i64.rem_u", 0x82],
  ["i64.and", 0x83],
  ["i64.or", 0x84],
  ["i64.xor", 0x85],
  ["i64.shl", 0x86],
  ["i64.shr_s", 0x87],
  ["i64.shr_u", 0x88],
  ["i64.rotl", 0x89],
  ["i64.rotr", 0x8a],

  ["f32.abs", 0x8b],
  ["f32.neg", 0x8c],
  ["f32.ceil", 0x8d],
  ["f32.floor", 0x8e],
  ["f32.trunc", 0x8f],
  ["f32.nearest", 0x90],
  ["f32.sqrt", 0x91],
  ["f32.add", 0x92],
  ["f32.sub", 0x93],
  ["f32.mul", 0x94],
  ["f32.div", 0x95],
  ["f32.min", 0x96],
  ["f32.max", 0x97],
  ["f32.copysign", 0x98],

  ["f64.abs", 0x99],
  ["f64.neg", 0x9a],
  ["f64.ceil", 0x9b],
  ["f64.floor", 0x9c],
  ["f64.trunc", 0x9d],
  ["f64.nearest", 0x9e],
  ["f64.sqrt", 0x9f],
  ["f64.add", 0xa0],
  ["f64.sub", 0xa1],
  ["f64.mul", 0xa2],
  ["f64.div", 0xa3],
  ["f64.min", 0xa4],
  ["f64.max", 0xa5],
  ["f64.copysign", 0xa6],

  ["i32.wrap_i64", 0xa7],
  ["i32.trunc_f32_s", 0xa8],
  ["i32.trunc_f32_u", 0xa9],
  ["i32.trunc_f64_s", 0xaa],
  ["i32.trunc_f64_u", 0xab],
  ["i64.extend_i32_s", 0xac],
  ["i64.extend_i32_u", 0xad],
  ["i64.trunc_f32_s", 0xae],
  ["i64.trunc_f32_u", 0xaf],
  ["i64.trunc_f64_s", 0xb0],
  ["i64.trunc_f64_u", 0xb1],
  ["f32.convert_i32_s", 0xb2],
  ["f32.convert_i32_u", 0xb3],
  ["f32.convert_i64_s", 0xb4],
  ["f32.convert_i64_u", 0xb5],
  ["f32.demote_f64", 0xb6],
  ["f64.convert_i32_s", 0xb7],
  ["f64.convert_i32_u", 0xb8],
  ["f64.convert_i64_s", 0xb9],
  ["f64.convert_i64_u", 0xba],
  ["f64.promote_f32", 0xbb],
  ["i32.reinterpret_f32", 0xbc],
  ["i64.reinterpret_f64", 0xbd],
  ["f32.reinterpret_i32", 0xbe],
  ["f64.reinterpret_i64", 0xbf],
];

const SIGN_EXT: readonly Row[] = [
  ["i32.extend8_s", 0xc0],
  ["i32.extend16_s", 0xc1],
  ["i64.extend8_s", 0xc2],
  ["i64.extend16_s", 0xc3],
  ["i64.extend32_s", 0xc4],
];

const SAT_TRUNC: readonly Row[] = [
  ["i32.trunc_sat_f32_s", 0],
  ["i32.trunc_sat_f32_u", 1],
  ["i32.trunc_sat_f64_s", 2],
  ["i32.trunc_sat_f64_u", 3],
  ["i64.trunc_sat_f32_s", 4],
  ["i64.trunc_sat_f32_u", 5],
  ["i64.trunc_sat_f64_s", 6],
  ["i64.trunc_sat_f64_u", 7],
];

/** 128-bit arithmetic on pairs of i64 (low half first, in operands and results). */
const WIDE_ARITHMETIC: readonly Row[] = [
  ["i64.add128", 19],
  ["i64.sub128", 20],
  ["i64.mul_wide_s", 21],
  ["i64.mul_wide_u", 22],
];

const BULK_MEMORY: readonly Row[] = [
  ["memory.init", 8, "memory_data"],
  ["data.drop", 9, "data"],
  ["table.init", 12, "table_elem"],
  ["elem.drop", 13, "elem"],
  ["table.copy", 14, "table_table"],
];

/** The part of bulk memory that tool-conventions' bulk-memory-opt names (and Lime1 has). */
const BULK_MEMORY_OPT: readonly Row[] = [
  ["memory.copy", 10, "memory_memory"],
  ["memory.fill", 11, "memory"],
];

const REFERENCE_TYPES: readonly Row[] = [
  ["table.get", 0x25, "table"],
  ["table.set", 0x26, "table"],
  ["ref.null", 0xd0, "heap_type"],
  ["ref.is_null", 0xd1],
  ["ref.func", 0xd2, "func"],
];

const REFERENCE_TYPES_FC: readonly Row[] = [
  ["table.grow", 15, "table"],
  ["table.size", 16, "table"],
  ["table.fill", 17, "table"],
];

const TAIL_CALL: readonly Row[] = [
  ["return_call", 0x12, "func"],
  ["return_call_indirect", 0x13, "call_indirect"],
];

const FUNCTION_REFERENCES: readonly Row[] = [
  ["call_ref", 0x14, "type"],
  ["return_call_ref", 0x15, "type"],
  ["ref.as_non_null", 0xd4],
  ["br_on_null", 0xd5, "label"],
  ["br_on_non_null", 0xd6, "label"],
];

const GC_ONE_BYTE: readonly Row[] = [["ref.eq", 0xd3]];

const GC: readonly Row[] = [
  ["struct.new", 0, "type"],
  ["struct.new_default", 1, "type"],
  ["struct.get", 2, "type_field"],
  ["struct.get_s", 3, "type_field"],
  ["struct.get_u", 4, "type_field"],
  ["struct.set", 5, "type_field"],
  ["array.new", 6, "type"],
  ["array.new_default", 7, "type"],
  ["array.new_fixed", 8, "type_count"],
  ["array.new_data", 9, "type_data"],
  ["array.new_elem", 10, "type_elem"],
  ["array.get", 11, "type"],
  ["array.get_s", 12, "type"],
  ["array.get_u", 13, "type"],
  ["array.set", 14, "type"],
  ["array.len", 15],
  ["array.fill", 16, "type"],
  ["array.copy", 17, "type_type"],
  ["array.init_data", 18, "type_data"],
  ["array.init_elem", 19, "type_elem"],
  ["ref.test", 20, "ref_type", { altCode: 21 }],
  ["ref.cast", 22, "ref_type", { altCode: 23 }],
  ["br_on_cast", 24, "br_on_cast"],
  ["br_on_cast_fail", 25, "br_on_cast"],
  ["any.convert_extern", 26],
  ["extern.convert_any", 27],
  ["ref.i31", 28],
  ["i31.get_s", 29],
  ["i31.get_u", 30],
];

/** custom-descriptors: allocation with a descriptor, reading it back, and casts that compare descriptors. */
const CUSTOM_DESCRIPTORS: readonly Row[] = [
  ["struct.new_desc", 32, "type"],
  ["struct.new_default_desc", 33, "type"],
  ["ref.get_desc", 34, "type"],
  ["ref.cast_desc_eq", 35, "ref_type", { altCode: 36 }],
  ["br_on_cast_desc_eq", 37, "br_on_cast"],
  ["br_on_cast_desc_eq_fail", 38, "br_on_cast"],
];

const EXCEPTIONS: readonly Row[] = [
  ["throw", 0x08, "tag"],
  ["throw_ref", 0x0a],
  ["try_table", 0x1f, "try_table"],
];

const LEGACY_EXCEPTIONS: readonly Row[] = [
  ["try", 0x06, "try"],
  ["catch", 0x07, "structural"],
  ["rethrow", 0x09, "label"],
  ["delegate", 0x18, "structural"],
  ["catch_all", 0x19, "structural"],
];

const SIMD: readonly Row[] = [
  ["v128.load", 0, "memarg", A128],
  ["v128.load8x8_s", 1, "memarg", A64],
  ["v128.load8x8_u", 2, "memarg", A64],
  ["v128.load16x4_s", 3, "memarg", A64],
  ["v128.load16x4_u", 4, "memarg", A64],
  ["v128.load32x2_s", 5, "memarg", A64],
  ["v128.load32x2_u", 6, "memarg", A64],
  ["v128.load8_splat", 7, "memarg", A8],
  ["v128.load16_splat", 8, "memarg", A16],
  ["v128.load32_splat", 9, "memarg", A32],
  ["v128.load64_splat", 10, "memarg", A64],
  ["v128.store", 11, "memarg", A128],
  ["v128.const", 12, "v128"],
  ["i8x16.shuffle", 13, "shuffle"],
  ["i8x16.swizzle", 14],
  ["i8x16.splat", 15],
  ["i16x8.splat", 16],
  ["i32x4.splat", 17],
  ["i64x2.splat", 18],
  ["f32x4.splat", 19],
  ["f64x2.splat", 20],
  ["i8x16.extract_lane_s", 21, "lane"],
  ["i8x16.extract_lane_u", 22, "lane"],
  ["i8x16.replace_lane", 23, "lane"],
  ["i16x8.extract_lane_s", 24, "lane"],
  ["i16x8.extract_lane_u", 25, "lane"],
  ["i16x8.replace_lane", 26, "lane"],
  ["i32x4.extract_lane", 27, "lane"],
  ["i32x4.replace_lane", 28, "lane"],
  ["i64x2.extract_lane", 29, "lane"],
  ["i64x2.replace_lane", 30, "lane"],
  ["f32x4.extract_lane", 31, "lane"],
  ["f32x4.replace_lane", 32, "lane"],
  ["f64x2.extract_lane", 33, "lane"],
  ["f64x2.replace_lane", 34, "lane"],

  ["i8x16.eq", 35],
  ["i8x16.ne", 36],
  ["i8x16.lt_s", 37],
  ["i8x16.lt_u", 38],
  ["i8x16.gt_s", 39],
  ["i8x16.gt_u", 40],
  ["i8x16.le_s", 41],
  ["i8x16.le_u", 42],
  ["i8x16.ge_s", 43],
  ["i8x16.ge_u", 44],

  ["i16x8.eq", 45],
  ["i16x8.ne", 46],
  ["i16x8.lt_s", 47],
  ["i16x8.lt_u", 48],
  ["i16x8.gt_s", 49],
  ["i16x8.gt_u", 50],
  ["i16x8.le_s", 51],
  ["i16x8.le_u", 52],
  ["i16x8.ge_s", 53],
  ["i16x8.ge_u", 54],

  ["i32x4.eq", 55],
  ["i32x4.ne", 56],
  ["i32x4.lt_s", 57],
  ["i32x4.lt_u", 58],
  ["i32x4.gt_s", 59],
  ["i32x4.gt_u", 60],
  ["i32x4.le_s", 61],
  ["i32x4.le_u", 62],
  ["i32x4.ge_s", 63],
  ["i32x4.ge_u", 64],

  ["f32x4.eq", 65],
  ["f32x4.ne", 66],
  ["f32x4.lt", 67],
  ["f32x4.gt", 68],
  ["f32x4.le", 69],
  ["f32x4.ge", 70],

  ["f64x2.eq", 71],
  ["f64x2.ne", 72],
  ["f64x2.lt", 73],
  ["f64x2.gt", 74],
  ["f64x2.le", 75],
  ["f64x2.ge", 76],

  ["v128.not", 77],
  ["v128.and", 78],
  ["v128.andnot", 79],
  ["v128.or", 80],
  ["v128.xor", 81],
  ["v128.bitselect", 82],
  ["v128.any_true", 83],

  ["v128.load8_lane", 84, "memarg_lane", A8],
  ["v128.load16_lane", 85, "memarg_lane", A16],
  ["v128.load32_lane", 86, "memarg_lane", A32],
  ["v128.load64_lane", 87, "memarg_lane", A64],
  ["v128.store8_lane", 88, "memarg_lane", A8],
  ["v128.store16_lane", 89, "memarg_lane", A16],
  ["v128.store32_lane", 90, "memarg_lane", A32],
  ["v128.store64_lane", 91, "memarg_lane", A64],
  ["v128.load32_zero", 92, "memarg", A32],
  ["v128.load64_zero", 93, "memarg", A64],

  ["f32x4.demote_f64x2_zero", 94],
  ["f64x2.promote_low_f32x4", 95],

  ["i8x16.abs", 96],
  ["i8x16.neg", 97],
  ["i8x16.popcnt", 98],
  ["i8x16.all_true", 99],
  ["i8x16.bitmask", 100],
  ["i8x16.narrow_i16x8_s", 101],
  ["i8x16.narrow_i16x8_u", 102],
  ["f32x4.ceil", 103],
  ["f32x4.floor", 104],
  ["f32x4.trunc", 105],
  ["f32x4.nearest", 106],
  ["i8x16.shl", 107],
  ["i8x16.shr_s", 108],
  ["i8x16.shr_u", 109],
  ["i8x16.add", 110],
  ["i8x16.add_sat_s", 111],
  ["i8x16.add_sat_u", 112],
  ["i8x16.sub", 113],
  ["i8x16.sub_sat_s", 114],
  ["i8x16.sub_sat_u", 115],
  ["f64x2.ceil", 116],
  ["f64x2.floor", 117],
  ["i8x16.min_s", 118],
  ["i8x16.min_u", 119],
  ["i8x16.max_s", 120],
  ["i8x16.max_u", 121],
  ["f64x2.trunc", 122],
  ["i8x16.avgr_u", 123],
  ["i16x8.extadd_pairwise_i8x16_s", 124],
  ["i16x8.extadd_pairwise_i8x16_u", 125],
  ["i32x4.extadd_pairwise_i16x8_s", 126],
  ["i32x4.extadd_pairwise_i16x8_u", 127],

  ["i16x8.abs", 128],
  ["i16x8.neg", 129],
  ["i16x8.q15mulr_sat_s", 130],
  ["i16x8.all_true", 131],
  ["i16x8.bitmask", 132],
  ["i16x8.narrow_i32x4_s", 133],
  ["i16x8.narrow_i32x4_u", 134],
  ["i16x8.extend_low_i8x16_s", 135],
  ["i16x8.extend_high_i8x16_s", 136],
  ["i16x8.extend_low_i8x16_u", 137],
  ["i16x8.extend_high_i8x16_u", 138],
  ["i16x8.shl", 139],
  ["i16x8.shr_s", 140],
  ["i16x8.shr_u", 141],
  ["i16x8.add", 142],
  ["i16x8.add_sat_s", 143],
  ["i16x8.add_sat_u", 144],
  ["i16x8.sub", 145],
  ["i16x8.sub_sat_s", 146],
  ["i16x8.sub_sat_u", 147],
  ["f64x2.nearest", 148],
  ["i16x8.mul", 149],
  ["i16x8.min_s", 150],
  ["i16x8.min_u", 151],
  ["i16x8.max_s", 152],
  ["i16x8.max_u", 153],
  ["i16x8.avgr_u", 155],
  ["i16x8.extmul_low_i8x16_s", 156],
  ["i16x8.extmul_high_i8x16_s", 157],
  ["i16x8.extmul_low_i8x16_u", 158],
  ["i16x8.extmul_high_i8x16_u", 159],

  ["i32x4.abs", 160],
  ["i32x4.neg", 161],
  ["i32x4.all_true", 163],
  ["i32x4.bitmask", 164],
  ["i32x4.extend_low_i16x8_s", 167],
  ["i32x4.extend_high_i16x8_s", 168],
  ["i32x4.extend_low_i16x8_u", 169],
  ["i32x4.extend_high_i16x8_u", 170],
  ["i32x4.shl", 171],
  ["i32x4.shr_s", 172],
  ["i32x4.shr_u", 173],
  ["i32x4.add", 174],
  ["i32x4.sub", 177],
  ["i32x4.mul", 181],
  ["i32x4.min_s", 182],
  ["i32x4.min_u", 183],
  ["i32x4.max_s", 184],
  ["i32x4.max_u", 185],
  ["i32x4.dot_i16x8_s", 186],
  ["i32x4.extmul_low_i16x8_s", 188],
  ["i32x4.extmul_high_i16x8_s", 189],
  ["i32x4.extmul_low_i16x8_u", 190],
  ["i32x4.extmul_high_i16x8_u", 191],

  ["i64x2.abs", 192],
  ["i64x2.neg", 193],
  ["i64x2.all_true", 195],
  ["i64x2.bitmask", 196],
  ["i64x2.extend_low_i32x4_s", 199],
  ["i64x2.extend_high_i32x4_s", 200],
  ["i64x2.extend_low_i32x4_u", 201],
  ["i64x2.extend_high_i32x4_u", 202],
  ["i64x2.shl", 203],
  ["i64x2.shr_s", 204],
  ["i64x2.shr_u", 205],
  ["i64x2.add", 206],
  ["i64x2.sub", 209],
  ["i64x2.mul", 213],
  ["i64x2.eq", 214],
  ["i64x2.ne", 215],
  ["i64x2.lt_s", 216],
  ["i64x2.gt_s", 217],
  ["i64x2.le_s", 218],
  ["i64x2.ge_s", 219],
  ["i64x2.extmul_low_i32x4_s", 220],
  ["i64x2.extmul_high_i32x4_s", 221],
  ["i64x2.extmul_low_i32x4_u", 222],
  ["i64x2.extmul_high_i32x4_u", 223],

  ["f32x4.abs", 224],
  ["f32x4.neg", 225],
  ["f32x4.sqrt", 227],
  ["f32x4.add", 228],
  ["f32x4.sub", 229],
  ["f32x4.mul", 230],
  ["f32x4.div", 231],
  ["f32x4.min", 232],
  ["f32x4.max", 233],
  ["f32x4.pmin", 234],
  ["f32x4.pmax", 235],

  ["f64x2.abs", 236],
  ["f64x2.neg", 237],
  ["f64x2.sqrt", 239],
  ["f64x2.add", 240],
  ["f64x2.sub", 241],
  ["f64x2.mul", 242],
  ["f64x2.div", 243],
  ["f64x2.min", 244],
  ["f64x2.max", 245],
  ["f64x2.pmin", 246],
  ["f64x2.pmax", 247],

  ["i32x4.trunc_sat_f32x4_s", 248],
  ["i32x4.trunc_sat_f32x4_u", 249],
  ["f32x4.convert_i32x4_s", 250],
  ["f32x4.convert_i32x4_u", 251],
  ["i32x4.trunc_sat_f64x2_s_zero", 252],
  ["i32x4.trunc_sat_f64x2_u_zero", 253],
  ["f64x2.convert_low_i32x4_s", 254],
  ["f64x2.convert_low_i32x4_u", 255],
];

const RELAXED_SIMD: readonly Row[] = [
  ["i8x16.relaxed_swizzle", 256],
  ["i32x4.relaxed_trunc_f32x4_s", 257],
  ["i32x4.relaxed_trunc_f32x4_u", 258],
  ["i32x4.relaxed_trunc_f64x2_s_zero", 259],
  ["i32x4.relaxed_trunc_f64x2_u_zero", 260],
  ["f32x4.relaxed_madd", 261],
  ["f32x4.relaxed_nmadd", 262],
  ["f64x2.relaxed_madd", 263],
  ["f64x2.relaxed_nmadd", 264],
  ["i8x16.relaxed_laneselect", 265],
  ["i16x8.relaxed_laneselect", 266],
  ["i32x4.relaxed_laneselect", 267],
  ["i64x2.relaxed_laneselect", 268],
  ["f32x4.relaxed_min", 269],
  ["f32x4.relaxed_max", 270],
  ["f64x2.relaxed_min", 271],
  ["f64x2.relaxed_max", 272],
  ["i16x8.relaxed_q15mulr_s", 273],
  ["i16x8.relaxed_dot_i8x16_i7x16_s", 274],
  ["i32x4.relaxed_dot_i8x16_i7x16_add_s", 275],
];

const THREADS: readonly Row[] = [
  ["memory.atomic.notify", 0x00, "memarg", A32],
  ["memory.atomic.wait32", 0x01, "memarg", A32],
  ["memory.atomic.wait64", 0x02, "memarg", A64],
  ["atomic.fence", 0x03, "fence"],

  ["i32.atomic.load", 0x10, "memarg", A32],
  ["i64.atomic.load", 0x11, "memarg", A64],
  ["i32.atomic.load8_u", 0x12, "memarg", A8],
  ["i32.atomic.load16_u", 0x13, "memarg", A16],
  ["i64.atomic.load8_u", 0x14, "memarg", A8],
  ["i64.atomic.load16_u", 0x15, "memarg", A16],
  ["i64.atomic.load32_u", 0x16, "memarg", A32],
  ["i32.atomic.store", 0x17, "memarg", A32],
  ["i64.atomic.store", 0x18, "memarg", A64],
  ["i32.atomic.store8", 0x19, "memarg", A8],
  ["i32.atomic.store16", 0x1a, "memarg", A16],
  ["i64.atomic.store8", 0x1b, "memarg", A8],
  ["i64.atomic.store16", 0x1c, "memarg", A16],
  ["i64.atomic.store32", 0x1d, "memarg", A32],

  ["i32.atomic.rmw.add", 0x1e, "memarg", A32],
  ["i64.atomic.rmw.add", 0x1f, "memarg", A64],
  ["i32.atomic.rmw8.add_u", 0x20, "memarg", A8],
  ["i32.atomic.rmw16.add_u", 0x21, "memarg", A16],
  ["i64.atomic.rmw8.add_u", 0x22, "memarg", A8],
  ["i64.atomic.rmw16.add_u", 0x23, "memarg", A16],
  ["i64.atomic.rmw32.add_u", 0x24, "memarg", A32],

  ["i32.atomic.rmw.sub", 0x25, "memarg", A32],
  ["i64.atomic.rmw.sub", 0x26, "memarg", A64],
  ["i32.atomic.rmw8.sub_u", 0x27, "memarg", A8],
  ["i32.atomic.rmw16.sub_u", 0x28, "memarg", A16],
  ["i64.atomic.rmw8.sub_u", 0x29, "memarg", A8],
  ["i64.atomic.rmw16.sub_u", 0x2a, "memarg", A16],
  ["i64.atomic.rmw32.sub_u", 0x2b, "memarg", A32],

  ["i32.atomic.rmw.and", 0x2c, "memarg", A32],
  ["i64.atomic.rmw.and", 0x2d, "memarg", A64],
  ["i32.atomic.rmw8.and_u", 0x2e, "memarg", A8],
  ["i32.atomic.rmw16.and_u", 0x2f, "memarg", A16],
  ["i64.atomic.rmw8.and_u", 0x30, "memarg", A8],
  ["i64.atomic.rmw16.and_u", 0x31, "memarg", A16],
  ["i64.atomic.rmw32.and_u", 0x32, "memarg", A32],

  ["i32.atomic.rmw.or", 0x33, "memarg", A32],
  ["i64.atomic.rmw.or", 0x34, "memarg", A64],
  ["i32.atomic.rmw8.or_u", 0x35, "memarg", A8],
  ["i32.atomic.rmw16.or_u", 0x36, "memarg", A16],
  ["i64.atomic.rmw8.or_u", 0x37, "memarg", A8],
  ["i64.atomic.rmw16.or_u", 0x38, "memarg", A16],
  ["i64.atomic.rmw32.or_u", 0x39, "memarg", A32],

  ["i32.atomic.rmw.xor", 0x3a, "memarg", A32],
  ["i64.atomic.rmw.xor", 0x3b, "memarg", A64],
  ["i32.atomic.rmw8.xor_u", 0x3c, "memarg", A8],
  ["i32.atomic.rmw16.xor_u", 0x3d, "memarg", A16],
  ["i64.atomic.rmw8.xor_u", 0x3e, "memarg", A8],
  ["i64.atomic.rmw16.xor_u", 0x3f, "memarg", A16],
  ["i64.atomic.rmw32.xor_u", 0x40, "memarg", A32],

  ["i32.atomic.rmw.xchg", 0x41, "memarg", A32],
  ["i64.atomic.rmw.xchg", 0x42, "memarg", A64],
  ["i32.atomic.rmw8.xchg_u", 0x43, "memarg", A8],
  ["i32.atomic.rmw16.xchg_u", 0x44, "memarg", A16],
  ["i64.atomic.rmw8.xchg_u", 0x45, "memarg", A8],
  ["i64.atomic.rmw16.xchg_u", 0x46, "memarg", A16],
  ["i64.atomic.rmw32.xchg_u", 0x47, "memarg", A32],

  ["i32.atomic.rmw.cmpxchg", 0x48, "memarg", A32],
  ["i64.atomic.rmw.cmpxchg", 0x49, "memarg", A64],
  ["i32.atomic.rmw8.cmpxchg_u", 0x4a, "memarg", A8],
  ["i32.atomic.rmw16.cmpxchg_u", 0x4b, "memarg", A16],
  ["i64.atomic.rmw8.cmpxchg_u", 0x4c, "memarg", A8],
  ["i64.atomic.rmw16.cmpxchg_u", 0x4d, "memarg", A16],
  ["i64.atomic.rmw32.cmpxchg_u", 0x4e, "memarg", A32],
];

const ORDERED = { ordered: true };

/**
 * Shared-everything threads: a spin-loop hint; atomic accesses to globals,
 * tables, struct fields and array elements, each with a memory order; shared
 * i31 references.
 */
const SHARED_EVERYTHING_THREADS: readonly Row[] = [
  ["pause", 0x04],
  ["global.atomic.get", 0x4f, "global", ORDERED],
  ["global.atomic.set", 0x50, "global", ORDERED],
  ["global.atomic.rmw.add", 0x51, "global", ORDERED],
  ["global.atomic.rmw.sub", 0x52, "global", ORDERED],
  ["global.atomic.rmw.and", 0x53, "global", ORDERED],
  ["global.atomic.rmw.or", 0x54, "global", ORDERED],
  ["global.atomic.rmw.xor", 0x55, "global", ORDERED],
  ["global.atomic.rmw.xchg", 0x56, "global", ORDERED],
  ["global.atomic.rmw.cmpxchg", 0x57, "global", ORDERED],
  ["table.atomic.get", 0x58, "table", ORDERED],
  ["table.atomic.set", 0x59, "table", ORDERED],
  ["table.atomic.rmw.xchg", 0x5a, "table", ORDERED],
  ["table.atomic.rmw.cmpxchg", 0x5b, "table", ORDERED],
  ["struct.atomic.get", 0x5c, "type_field", ORDERED],
  ["struct.atomic.get_s", 0x5d, "type_field", ORDERED],
  ["struct.atomic.get_u", 0x5e, "type_field", ORDERED],
  ["struct.atomic.set", 0x5f, "type_field", ORDERED],
  ["struct.atomic.rmw.add", 0x60, "type_field", ORDERED],
  ["struct.atomic.rmw.sub", 0x61, "type_field", ORDERED],
  ["struct.atomic.rmw.and", 0x62, "type_field", ORDERED],
  ["struct.atomic.rmw.or", 0x63, "type_field", ORDERED],
  ["struct.atomic.rmw.xor", 0x64, "type_field", ORDERED],
  ["struct.atomic.rmw.xchg", 0x65, "type_field", ORDERED],
  ["struct.atomic.rmw.cmpxchg", 0x66, "type_field", ORDERED],
  ["array.atomic.get", 0x67, "type", ORDERED],
  ["array.atomic.get_s", 0x68, "type", ORDERED],
  ["array.atomic.get_u", 0x69, "type", ORDERED],
  ["array.atomic.set", 0x6a, "type", ORDERED],
  ["array.atomic.rmw.add", 0x6b, "type", ORDERED],
  ["array.atomic.rmw.sub", 0x6c, "type", ORDERED],
  ["array.atomic.rmw.and", 0x6d, "type", ORDERED],
  ["array.atomic.rmw.or", 0x6e, "type", ORDERED],
  ["array.atomic.rmw.xor", 0x6f, "type", ORDERED],
  ["array.atomic.rmw.xchg", 0x70, "type", ORDERED],
  ["array.atomic.rmw.cmpxchg", 0x71, "type", ORDERED],
  ["ref.i31_shared", 0x72],
];

/** Continuations: made from functions, bound, resumed under handlers, suspended to a handler, switched to. */
const STACK_SWITCHING: readonly Row[] = [
  ["cont.new", 0xe0, "type"],
  ["cont.bind", 0xe1, "type_type"],
  ["suspend", 0xe2, "tag"],
  ["resume", 0xe3, "resume"],
  ["resume_throw", 0xe4, "resume_throw"],
  ["resume_throw_ref", 0xe5, "resume"],
  ["switch", 0xe6, "type_tag"],
];

/**
 * Every instruction, one row each. multi-value, extended-const, memory64,
 * multi-memory and custom-page-sizes add no opcodes, so no row carries those
 * features.
 */
export const INSTRUCTIONS: readonly InstrDef[] = [
  ...group(0, "mvp", MVP_CONTROL),
  ...group(0, "mvp", MVP_MEMORY),
  ...group(0, "mvp", MVP_NUMERIC),
  ...group(0, "sign-extension", SIGN_EXT),
  ...group(0xfc, "saturating-float-to-int", SAT_TRUNC),
  ...group(0xfc, "bulk-memory", BULK_MEMORY),
  ...group(0xfc, "bulk-memory-opt", BULK_MEMORY_OPT),
  ...group(0, "reference-types", REFERENCE_TYPES),
  ...group(0xfc, "reference-types", REFERENCE_TYPES_FC),
  ...group(0, "tail-call", TAIL_CALL),
  ...group(0, "function-references", FUNCTION_REFERENCES),
  ...group(0, "gc", GC_ONE_BYTE),
  ...group(0xfb, "gc", GC),
  ...group(0, "exceptions", EXCEPTIONS),
  ...group(0, "legacy-exceptions", LEGACY_EXCEPTIONS),
  ...group(0xfd, "simd", SIMD),
  ...group(0xfd, "relaxed-simd", RELAXED_SIMD),
  ...group(0xfe, "threads", THREADS),
  ...group(0xfc, "wide-arithmetic", WIDE_ARITHMETIC),
  ...group(0, "stack-switching", STACK_SWITCHING),
  ...group(0xfb, "custom-descriptors", CUSTOM_DESCRIPTORS),
  ...group(0xfe, "shared-everything-threads", SHARED_EVERYTHING_THREADS),
];

/** One-byte opcodes indexed by the byte; prefixed ones by prefix, then sub-opcode. */
const oneByte: (InstrDef | undefined)[] = new Array<InstrDef | undefined>(256).fill(undefined);
const prefixed = new Map<number, (InstrDef | undefined)[]>();

for (const def of INSTRUCTIONS) {
  let slots = oneByte;
  if (def.prefix !== 0) {
    slots = prefixed.get(def.prefix) ?? [];
    prefixed.set(def.prefix, slots);
  }
  slots[def.code] = def;
  if (def.altCode !== undefined) slots[def.altCode] = def;
}

/**
 * The mnemonics in an open-addressing table by a hash of their characters:
 * the parser finds a mnemonic where it is written in the source, without
 * cutting it out as a string of its own and hashing that (one lookup per
 * instruction of the text).
 */
const NAME_SLOTS = 2048;
const nameSlots: (InstrDef | undefined)[] = new Array<InstrDef | undefined>(NAME_SLOTS).fill(undefined);

function nameHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (NAME_SLOTS - 1);
}

for (const def of INSTRUCTIONS) {
  let slot = nameHash(def.name, 0, def.name.length);
  while (nameSlots[slot] !== undefined) slot = (slot + 1) & (NAME_SLOTS - 1);
  nameSlots[slot] = def;
}

/** The row for the mnemonic `text.slice(start, end)`, or undefined if there is no such instruction. */
export function instrAt(text: string, start: number, end: number): InstrDef | undefined {
  const length = end - start;
  for (let slot = nameHash(text, start, end); ; slot = (slot + 1) & (NAME_SLOTS - 1)) {
    const def = nameSlots[slot];
    if (def === undefined || (def.name.length === length && text.startsWith(def.name, start))) return def;
  }
}

/** The row for a text mnemonic, or undefined if there is no such instruction. */
export function instrByName(name: string): InstrDef | undefined {
  return instrAt(name, 0, name.length);
}

/**
 * The row for an opcode: `prefix` is 0 for one-byte opcodes. An `altCode`
 * (typed select, nullable ref.test/ref.cast) maps back to its row; the caller
 * tells the variant apart by comparing `code` with the row's `code`.
 */
export function instrByOpcode(prefix: number, code: number): InstrDef | undefined {
  if (prefix === 0) return oneByte[code];
  return prefixed.get(prefix)?.[code];
}
