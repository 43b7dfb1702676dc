/**
 * The instruction table: one row per instruction of WebAssembly 3.0 (plus
 * threads and the legacy exception-handling instructions). Every layer reads
 * it: the AST builder looks mnemonics up here, resolve and encode use the
 * immediate kind and opcode, decode and print go the other way.
 *
 * This module is data plus lookups; it must not import any other layer.
 */

/** The features a module can use; an instruction belongs to the one that introduced it. */
export type Feature =
  | "mvp"
  | "sign-ext"
  | "sat-trunc"
  | "multi-value"
  | "bulk-memory"
  | "reference-types"
  | "simd"
  | "relaxed-simd"
  | "tail-call"
  | "extended-const"
  | "function-references"
  | "gc"
  | "exceptions"
  | "legacy-exceptions"
  | "memory64"
  | "multi-memory"
  | "threads";

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
  /** array.copy: destination type, source type. */
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
  /** else, end, catch, catch_all, delegate: parts of structured instructions, never on their own. */
  | "structural";

export interface InstrDef {
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
}
