/**
 * The resolved Module model: what `resolve` (from text) and `decode` (from
 * binary) produce, and what `encode`, `validate`, `raise` and the rewrite
 * passes consume.
 *
 * References are bound, not counted: an instruction that calls a function
 * holds the `Func` object, a branch holds the block it targets. Indices exist
 * only while encoding (`encode` writes them into each entity's `index`
 * field before it writes references). A reference that no entity can satisfy
 * (an out-of-range index in an invalid module) is a `Dangling` placeholder
 * that keeps its raw index, so invalid modules still encode for the validator.
 *
 * This module is types only; it must not import the syntax layer.
 */
import type { InstrDef, MemoryOrder } from "../isa/instructions.js";
import type { AbsHeapType, CatchKind, ExportKind, NumType, PackedType } from "../types/value-types.js";
import type { CodeMetadata } from "../types/code-metadata.js";
import type { CustomSection as PlacedBytes, ExactNote, ExactSection, ImportGroupForm } from "../types/sections.js";
import type { ByteReloc, GeneratedSection, InstrReloc, Linking, SegmentInfo } from "./object-model.js";

export type { AbsHeapType, CatchKind, ExportKind, NumType, PackedType } from "../types/value-types.js";
export type { CodeMetadata } from "../types/code-metadata.js";
export type { MemoryOrder } from "../isa/instructions.js";
export type { ExactNote, ExactSection, ImportGroupForm, SectionId } from "../types/sections.js";

/** A custom section in the model: its bytes and place, and in object files what relocates them. */
export interface CustomSection extends PlacedBytes {
  /** Object files: relocations of ranges of `bytes`. */
  relocs?: ByteReloc[];
  /**
   * Object files: the "linking" or a "reloc.*" section, written by the
   * encoder from the model (`bytes` is empty); it marks the section's place.
   */
  generated?: GeneratedSection;
}

/** An abstract heap type, or a defined type (bound, or dangling in an invalid module) for `(ref $t)`. */
export type HeapType = AbsHeapType | TypeRef;

export interface RefType {
  readonly nullable: boolean;
  readonly heap: HeapType;
  /** custom-descriptors: only the defined type `heap`, not its strict subtypes. */
  readonly exact?: boolean;
  /** Shared-everything threads: an abstract `heap` of shared references (`(shared any)`); a defined type says it itself. */
  readonly shared?: boolean;
}

export type ValType = NumType | RefType;
export type StorageType = ValType | PackedType;

export interface FieldType {
  type: StorageType;
  mutable: boolean;
  /** From `(field $name ...)`; goes to the name section's field subsection. */
  name?: string;
}

export interface FuncType {
  readonly kind: "func";
  params: ValType[];
  results: ValType[];
}

export interface StructType {
  readonly kind: "struct";
  fields: FieldType[];
}

export interface ArrayType {
  readonly kind: "array";
  element: FieldType;
}

/** A continuation type (stack switching): a continuation that runs a function of type `func`. */
export interface ContType {
  readonly kind: "cont";
  func: TypeRef;
}

export type CompType = FuncType | StructType | ArrayType | ContType;

/** A type definition: a sub type inside a recursion group. */
export interface TypeDef {
  readonly entity: "type";
  name?: string;
  final: boolean;
  /** Declared supertypes (zero or one in WebAssembly 3.0). */
  supertypes: TypeRef[];
  /** custom-descriptors: the struct type this one is the descriptor of. */
  describes?: TypeRef;
  /** custom-descriptors: the type of this struct's descriptor. */
  descriptor?: TypeRef;
  /** Shared-everything threads: values of this type may be shared between threads, and may refer only to shared things. */
  shared?: boolean;
  comp: CompType;
  /**
   * How the text or binary wrote it: a bare composite type (`(type (func))`)
   * or an explicit `(sub ...)`; both can mean the same final type, and the
   * binary encodings differ.
   */
  explicitSub: boolean;
  index: number;
  /** Where it is in the text it was resolved from, for diagnostics (unset for decoded binaries). */
  offset?: number;
}

export type TypeRef = TypeDef | Dangling;

/** A recursion group. Types outside `(rec ...)` are groups of one with `explicit: false`. */
export interface RecGroup {
  types: TypeDef[];
  explicit: boolean;
}

export interface Limits {
  /** i64 for memory64/table64. */
  addressType: "i32" | "i64";
  min: bigint;
  max?: bigint;
  shared: boolean;
  /**
   * Memories only: log2 of the page size in bytes, when the module states it
   * (custom-page-sizes); absent means the default 64KiB, written implicitly.
   */
  pageSizeLog2?: number;
}

export interface ImportName {
  module: string;
  name: string;
  /**
   * Imports written as one entry of the import section
   * (compact-import-section): the same object on consecutive imports from
   * one module. The encoder keeps an import in its group only while it still
   * fits it (same module; for form "type", the same description).
   */
  group?: ImportGroup;
}


export interface ImportGroup {
  form: ImportGroupForm;
}

export interface Local {
  readonly entity: "local";
  name?: string;
  type: ValType;
  index: number;
}

export interface Func {
  readonly entity: "func";
  name?: string;
  type: TypeRef;
  /** Set when the function is imported; imported functions have no body. */
  import?: ImportName;
  /** custom-descriptors: imported with exactly its type (`(exact (type $t))`), not a subtype of it. */
  exactType?: boolean;
  /** One per parameter of `type`, so that parameters can carry names. */
  params: Local[];
  locals: Local[];
  body: Instr[];
  /** Code metadata items describing the whole function (offset 0 of its body in a binary), at most one of each kind. */
  metadata?: CodeMetadata[];
  /**
   * Where the function is in its source, for diagnostics: the byte offset of
   * the body in a decoded binary, the UTF-16 offset of `(func` in resolved text.
   */
  offset?: number;
  /** How the decoded binary encoded this body where that is not the canonical encoding. */
  exact?: ExactNote;
  index: number;
}

export interface Table {
  readonly entity: "table";
  name?: string;
  import?: ImportName;
  limits: Limits;
  elemType: RefType;
  /** Table initialiser expression (`(table 1 (ref $t) (ref.func $f))`). */
  init?: Instr[];
  index: number;
  /** Where it is in the text it was resolved from, for diagnostics (unset for decoded binaries). */
  offset?: number;
}

export interface Memory {
  readonly entity: "memory";
  name?: string;
  import?: ImportName;
  limits: Limits;
  index: number;
  /** Where it is in the text it was resolved from, for diagnostics (unset for decoded binaries). */
  offset?: number;
}

export interface Global {
  readonly entity: "global";
  name?: string;
  import?: ImportName;
  type: ValType;
  mutable: boolean;
  /** Shared-everything threads: one global for every thread. */
  shared?: boolean;
  /** Absent for imported globals. */
  init?: Instr[];
  index: number;
  /** Where it is in the text it was resolved from, for diagnostics (unset for decoded binaries). */
  offset?: number;
}

export interface Tag {
  readonly entity: "tag";
  name?: string;
  import?: ImportName;
  type: TypeRef;
  index: number;
  /** Where it is in the text it was resolved from, for diagnostics (unset for decoded binaries). */
  offset?: number;
}

export type ElemMode =
  | { kind: "passive" }
  | { kind: "declarative" }
  | { kind: "active"; table: TableRef; offset: Instr[] };

export interface Elem {
  readonly entity: "elem";
  name?: string;
  mode: ElemMode;
  type: RefType;
  /**
   * Items as constant expressions. `funcIndices` records that the text or binary
   * used the compact function-index form, which has its own binary encodings.
   */
  items: Instr[][];
  funcIndices: boolean;
  /** Active segments on table 0 written without `(table ...)`: binary flag 0 instead of 2. */
  implicitTable: boolean;
  index: number;
  /** Where it is in the text it was resolved from, for diagnostics (unset for decoded binaries). */
  offset?: number;
}

export type DataMode = { kind: "passive" } | { kind: "active"; memory: MemoryRef; offset: Instr[] };

export interface Data {
  readonly entity: "data";
  name?: string;
  mode: DataMode;
  bytes: Uint8Array;
  /** Active segments on memory 0 written without `(memory ...)`: binary flag 0 instead of 2. */
  implicitMemory: boolean;
  /** Object files: the segment's SEGMENT_INFO entry (name, alignment, flags). */
  segment?: SegmentInfo;
  /** Object files: relocations of ranges of `bytes`. */
  relocs?: ByteReloc[];
  index: number;
  /** Where it is in the text it was resolved from, for diagnostics (unset for decoded binaries). */
  offset?: number;
}

/** A reference to an entity that does not exist (an index out of range in an invalid module). */
export interface Dangling {
  readonly entity: "dangling";
  index: number;
}

export type FuncRef = Func | Dangling;
export type TableRef = Table | Dangling;
export type MemoryRef = Memory | Dangling;
export type GlobalRef = Global | Dangling;
export type TagRef = Tag | Dangling;
export type ElemRef = Elem | Dangling;
export type DataRef = Data | Dangling;
export type LocalRef = Local | Dangling;

export type Entity = Func | Table | Memory | Global | Tag | TypeDef | Elem | Data | Local;

export interface Export {
  name: string;
  kind: ExportKind;
  target: FuncRef | TableRef | MemoryRef | GlobalRef | TagRef;
  /** Where it is in the text it was resolved from, for diagnostics (unset for decoded binaries). */
  offset?: number;
}

/**
 * A block type: nothing, one value type, or a function type (the only choice
 * when there are parameters or several results).
 */
export type BlockType =
  | { readonly kind: "empty" }
  | { readonly kind: "value"; readonly type: ValType }
  | { readonly kind: "type"; readonly type: TypeRef };

/** The target of a branch: a structured instruction, or the function body itself. */
export type LabelTarget = Instr | Func | DanglingLabel;

/** A label index deeper than the enclosing blocks (invalid module). */
export interface DanglingLabel {
  readonly entity: "dangling-label";
  depth: number;
}

export interface MemArg {
  memory: MemoryRef;
  /** log2 of the alignment in bytes. */
  align: number;
  offset: bigint;
}

/** A try_table catch clause. */
export interface Catch {
  kind: CatchKind;
  tag?: TagRef;
  label: LabelTarget;
}

/** A resume handler: `(on $tag $label)` branches to the label on a suspension; without a label, `(on $tag switch)`. */
export interface OnClause {
  tag: TagRef;
  label?: LabelTarget;
}

/** A legacy `try` handler: `catch $tag instr*` or `catch_all instr*`. */
export interface LegacyCatch {
  tag?: TagRef;
  body: Instr[];
}

/**
 * One instruction. `op.imm` says which of the optional fields are set; the
 * structured instructions (block, loop, if, try_table, try) hold their bodies.
 */
export interface Instr {
  op: InstrDef;
  /** label, br_on_cast, legacy rethrow/delegate targets. */
  label?: LabelTarget;
  /** br_table: all targets, the default last. */
  labels?: LabelTarget[];
  /** Label name of a structured instruction (`block $l`), for the name section. */
  labelName?: string;
  func?: FuncRef;
  type?: TypeRef;
  /** array.copy source type; cont.bind: the continuation type bound. */
  type2?: TypeRef;
  local?: LocalRef;
  global?: GlobalRef;
  table?: TableRef;
  table2?: TableRef;
  memory?: MemoryRef;
  memory2?: MemoryRef;
  tag?: TagRef;
  elem?: ElemRef;
  data?: DataRef;
  memarg?: MemArg;
  /** struct field index, lane index, array.new_fixed count. */
  index?: number;
  /** i32.const value (signed) or f32.const bit pattern (unsigned). */
  i32?: number;
  /** i64.const value (signed) or f64.const bit pattern (unsigned). */
  i64?: bigint;
  /** v128.const bytes, i8x16.shuffle lanes. */
  bytes?: Uint8Array;
  heapType?: HeapType;
  /** ref.null (exact $t) (custom-descriptors): the heap type is exact. */
  exactHeap?: boolean;
  /** ref.null (shared any) (shared-everything threads): the abstract heap type is shared. */
  sharedHeap?: boolean;
  /** Atomic accesses to globals, tables, structs and arrays (shared-everything threads). */
  order?: MemoryOrder;
  refType?: RefType;
  refType2?: RefType;
  /** select with `(result ...)`: its types (possibly empty). */
  selectTypes?: ValType[];
  blockType?: BlockType;
  body?: Instr[];
  /** if: the else branch (present when the text or binary had `else`). */
  else?: Instr[];
  catches?: Catch[];
  /** resume, resume_throw, resume_throw_ref: the handler clauses. */
  onClauses?: OnClause[];
  /** Legacy try: handlers, or the delegate target. */
  handlers?: LegacyCatch[];
  delegate?: LabelTarget;
  /** Code metadata items describing this instruction, at most one of each kind. */
  metadata?: CodeMetadata[];
  /** Object files: relocations of this instruction's immediates. */
  relocs?: InstrReloc[];
  /**
   * Where the instruction is in its source, for diagnostics: a byte offset in
   * a decoded binary, the UTF-16 offset of its mnemonic (or folded form) in
   * resolved text.
   */
  offset?: number;
}

export interface ModuleExactNotes {
  sections: Partial<Record<ExactSection, ExactNote>>;
  /**
   * The name section goes after this many of the custom sections placed
   * at `namesPlace` (tools write "name" before "producers"), the code metadata
   * sections counted as one when it goes at that place before the name section.
   */
  namesAfter?: number;
  /** Where the name section goes, as a custom section's place; after everything when absent. */
  namesPlace?: CustomSection["place"];
  /**
   * The code metadata sections (one after the other) go after this many of
   * the custom sections placed at `hintsPlace` (right before the code
   * section when absent).
   */
  hintsAfter?: number;
  hintsPlace?: CustomSection["place"];
}

export interface Module {
  name?: string;
  types: RecGroup[];
  /**
   * Imports in module order. Each index space lists the imported entities of
   * its kind (in this order) before the defined ones, which are in `funcs`,
   * `tables`, ... (those lists hold defined entities only).
   */
  imports: (Func | Table | Memory | Global | Tag)[];
  funcs: Func[];
  tables: Table[];
  memories: Memory[];
  globals: Global[];
  tags: Tag[];
  exports: Export[];
  start?: FuncRef;
  /** Where the start field (or the start section's index) is in its source, for diagnostics. */
  startOffset?: number;
  elems: Elem[];
  datas: Data[];
  customs: CustomSection[];
  /**
   * Whether a data count section is written: text modules need one exactly
   * when code uses memory.init or data.drop; decoded modules keep what they had.
   */
  dataCount: boolean;
  /** Encoding details of a decoded binary that its content does not determine. */
  exact?: ModuleExactNotes;
  /** Object files (a "linking" section): the symbol table and the rest of that section. */
  linking?: Linking;
}
