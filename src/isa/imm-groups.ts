/**
 * Immediate kinds (`Imm`) in the groups that code dispatching on them
 * treats alike. A switch over `op.imm` handles kinds by name and names what
 * its `default` takes as a type, `op.imm satisfies StructuredImm | ...` (or
 * `satisfies never` when every kind has its case): a kind added to the
 * table then fails to compile here until it has a group, and in every
 * switch that has not decided on it.
 */
import type { Imm } from "./instructions.js";

type Group =
  /** Instructions with a body (block, loop, if, try_table, try), and the parts of one (else, end, catch, ...). */
  | "structured"
  /** A reference to a label or a module entity (function, type, local, global, table, memory, tag, segment). */
  | "entity"
  /** Constants: `*.const`. */
  | "const"
  /** Everything else: switches name these one by one. */
  | "other";

/** Every kind with its group: a missing kind does not compile. */
type Complete<T extends Record<Imm, Group>> = T;

type Groups = Complete<{
  block: "structured"; try_table: "structured"; try: "structured"; structural: "structured";
  label: "entity"; br_table: "entity"; br_on_cast: "entity"; func: "entity"; call_indirect: "entity";
  type: "entity"; type_field: "entity"; type_count: "entity"; type_data: "entity"; type_elem: "entity"; type_type: "entity";
  local: "entity"; global: "entity"; table: "entity"; memory: "entity"; tag: "entity"; elem: "entity"; data: "entity";
  table_table: "entity"; table_elem: "entity"; memory_memory: "entity"; memory_data: "entity";
  resume: "entity"; resume_throw: "entity"; type_tag: "entity";
  i32: "const"; i64: "const"; f32: "const"; f64: "const"; v128: "const";
  none: "other"; memarg: "other"; memarg_lane: "other"; shuffle: "other"; lane: "other";
  select: "other"; heap_type: "other"; ref_type: "other"; fence: "other";
}>;

type KindsOf<G extends Group> = { [K in Imm]: Groups[K] extends G ? K : never }[Imm];

export type StructuredImm = KindsOf<"structured">;
export type EntityImm = KindsOf<"entity">;
export type ConstImm = KindsOf<"const">;
