/**
 * Immediate kinds (`Imm`) in the groups that code dispatching on them
 * treats alike. A switch over `op.imm` handles kinds by name and names what
 * its `default` takes as a type, `op.imm satisfies StructuredImm | ...` (or
 * `satisfies never` when every kind has its case): a kind added to the
 * table then fails to compile in every switch that has not decided on it.
 */
import type { Imm } from "./instructions.js";

/** A group of kinds: a name that is not a kind of `Imm` does not compile. */
type Kinds<K extends Imm> = K;

/** Instructions with a body (block, loop, if, try_table, try), and the parts of one (else, end, catch, ...). */
export type StructuredImm = Kinds<"block" | "try_table" | "try" | "structural">;

/** Immediates that refer to a label or a module entity (function, type, local, global, table, memory, tag, segment). */
export type EntityImm = Kinds<
  | "label"
  | "br_table"
  | "br_on_cast"
  | "func"
  | "call_indirect"
  | "type"
  | "type_field"
  | "type_count"
  | "type_data"
  | "type_elem"
  | "type_type"
  | "local"
  | "global"
  | "table"
  | "memory"
  | "tag"
  | "elem"
  | "data"
  | "table_table"
  | "table_elem"
  | "memory_memory"
  | "memory_data"
>;

/** Constants: `*.const`. */
export type ConstImm = Kinds<"i32" | "i64" | "f32" | "f64" | "v128">;
