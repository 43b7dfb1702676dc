/**
 * The names of value, heap and export kinds, shared by the AST (syntax/) and
 * the Module model (module/): the vocabulary both layers speak, below both.
 *
 * Types only.
 */

export type NumType = "i32" | "i64" | "f32" | "f64" | "v128";
export type PackedType = "i8" | "i16";

export type AbsHeapType =
  | "func"
  | "nofunc"
  | "extern"
  | "noextern"
  | "any"
  | "eq"
  | "i31"
  | "struct"
  | "array"
  | "none"
  | "exn"
  | "noexn"
  | "cont"
  | "nocont";

export type ExportKind = "func" | "table" | "memory" | "global" | "tag";

export type CatchKind = "catch" | "catch_ref" | "catch_all" | "catch_all_ref";
