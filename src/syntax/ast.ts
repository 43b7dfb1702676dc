/**
 * The AST of the WebAssembly text format and of `.wast` scripts: the syntax
 * as written, before any abbreviation is expanded or name bound.
 *
 * What a formatter and a linter need is kept: every node has source offsets
 * (`start` inclusive, `end` exclusive, UTF-16 offsets into `Script.source`;
 * the literal spelling of a token is `source.slice(start, end)`), ids, comments
 * (on the root, attached by position), folded vs flat form.
 * Constant values are already decoded (range-checked) by the builder.
 *
 * Types only; built by `build.ts`, consumed by `resolve`, lint and print.
 */
import type { SourceText } from "./source-text.js";
import type { InstrDef, MemoryOrder } from "../isa/instructions.js";
import type { Producer } from "../types/producers.js";
import type { AbsHeapType, CatchKind, ExportKind, NumType, PackedType } from "../types/value-types.js";
import type { CodeMetadata } from "../types/code-metadata.js";
import type { CustomSection, ExactNote, ExactSection, ImportGroupForm, SectionId } from "../types/sections.js";
import type { DylinkEntry } from "../types/dylink.js";
import type { LegacyName } from "./legacy-names.js";

export interface Span {
  start: number;
  end: number;
}

/** `$name` or `$"name"`; `name` is without the `$` and with escapes decoded. */
export interface Id extends Span {
  name: string;
}

/** A reference to an entity or label, by id or by index, until `resolve` binds it. */
export type Ref = IdRef | IndexRef;

export interface IdRef extends Span {
  kind: "id";
  name: string;
}

export interface IndexRef extends Span {
  kind: "index";
  value: number;
}

/** A numeric literal token; its value depends on where it is used. */
export interface NumLit extends Span {
  text: string;
}

export interface NumTypeNode extends Span {
  kind: "num";
  type: NumType;
}

export type HeapTypeNode = AbsHeapTypeNode | Ref;

export interface AbsHeapTypeNode extends Span {
  kind: "abs";
  type: AbsHeapType;
  /** `(shared any)` (shared-everything threads): the shared counterpart of the heap type. */
  shared?: boolean;
}

export interface RefTypeNode extends Span {
  kind: "ref";
  nullable: boolean;
  heap: HeapTypeNode;
  /** Written in the short form (`funcref`, `anyref`, ...). */
  short: boolean;
  /** `(exact $t)` (custom-descriptors): this type and not its strict subtypes. */
  exact?: boolean;
}

export type ValTypeNode = NumTypeNode | RefTypeNode;

export interface PackedTypeNode extends Span {
  kind: "packed";
  type: PackedType;
}

export type StorageTypeNode = ValTypeNode | PackedTypeNode;

export interface FieldTypeNode extends Span {
  type: StorageTypeNode;
  mutable: boolean;
}

/** `(param $x i32)` or `(param i32 i64)`: an id only when there is one type. */
export interface ParamNode extends Span {
  id?: Id;
  /** From an `(@name "...")` annotation: a name no `$id` can spell (empty, or another entity's). */
  name?: string;
  types: ValTypeNode[];
}

export interface ResultNode extends Span {
  types: ValTypeNode[];
}

/** `(type $t)? (param ...)* (result ...)*`, any part optional. */
export interface TypeUseNode extends Span {
  type?: Ref;
  params: ParamNode[];
  results: ResultNode[];
}

export interface FuncTypeNode extends Span {
  kind: "func";
  params: ParamNode[];
  results: ResultNode[];
}

/** `(field $x t)` or `(field t t ...)`. */
export interface FieldNode extends Span {
  id?: Id;
  /** From an `(@name "...")` annotation: a name no `$id` can spell (empty, or another entity's). */
  name?: string;
  types: FieldTypeNode[];
}

export interface StructTypeNode extends Span {
  kind: "struct";
  fields: FieldNode[];
}

export interface ArrayTypeNode extends Span {
  kind: "array";
  element: FieldTypeNode;
}

/** `(cont $ft)`: a continuation type (stack switching). */
export interface ContTypeNode extends Span {
  kind: "cont";
  func: Ref;
}

export type CompTypeNode = FuncTypeNode | StructTypeNode | ArrayTypeNode | ContTypeNode;

// ---------------------------------------------------------------------------
// Instructions

export type InstrNode = PlainInstrNode | BlockInstrNode;

export interface MemArgNode {
  offset?: NumLit;
  align?: NumLit;
}

/**
 * Any instruction that is not structured. Immediates are kept in text order
 * by category; `op.imm` says how to read them (the builder has checked their
 * number and kinds).
 */
export interface PlainInstrNode extends Span {
  kind: "plain";
  op: InstrDef;
  /** Folded form `(op imm* operand*)`: the operand instructions; absent when flat. */
  folded?: InstrNode[];
  /** Index/id immediates in text order (labels, functions, types, memories, ...). */
  refs?: Ref[];
  /** Plain numeric immediates other than constants: field index, lane, count, shuffle lanes. */
  nums?: NumLit[];
  /** i32.const value, f32.const bits. */
  i32?: number;
  /** i64.const value, f64.const bits. */
  i64?: bigint;
  /** v128.const bytes. */
  bytes?: Uint8Array;
  /** v128.const: shape keyword and the lane literals (for printing as written). */
  shape?: string;
  lanes?: NumLit[];
  memarg?: MemArgNode;
  typeUse?: TypeUseNode;
  heapType?: HeapTypeNode;
  /** ref.null (exact $t) (custom-descriptors). */
  exactHeap?: boolean;
  /** The memory order of an atomic access to a global, table, struct or array (shared-everything threads). */
  order?: MemoryOrder;
  /** ref.test/ref.cast: one; br_on_cast: two. */
  refTypes?: RefTypeNode[];
  /** select `(result t*)*`. */
  selectResults?: ResultNode[];
  /** resume, resume_throw, resume_throw_ref: `(on $tag $label)` and `(on $tag switch)` clauses. */
  onClauses?: OnClauseNode[];
  /** `(@metadata.code.KIND ...)` annotations before the instruction. */
  metadata?: CodeMetadata[];
  /** Object files: the items of each `(@reloc ...)` after the instruction. */
  relocs?: SExpr[][];
}

/** A resume handler clause; no label for `(on $tag switch)`. */
export interface OnClauseNode extends Span {
  tag: Ref;
  label?: Ref;
}

export interface TryTableCatchNode extends Span {
  kind: CatchKind;
  tag?: Ref;
  label: Ref;
}

export interface LegacyHandlerNode extends Span {
  /** `catch $tag` (tag set) or `catch_all`. */
  tag?: Ref;
  body: InstrNode[];
}

/** block, loop, if, try_table and legacy try, flat or folded. */
export interface BlockInstrNode extends Span {
  kind: "block";
  op: InstrDef;
  folded: boolean;
  label?: Id;
  /** From an `(@name "...")` annotation after the label: a label name no `$id` can spell (empty). */
  labelName?: string;
  blockType: TypeUseNode;
  /** Folded if: the condition operands before `(then ...)`. */
  condition?: InstrNode[];
  /** The body (`then` branch of an if, `do` of a legacy try). */
  body: InstrNode[];
  /** if: present when an else branch was written. */
  else?: { id?: Id; body: InstrNode[] } & Span;
  /** The `$id` repeated after `else`/`end` in flat form. */
  endId?: Id;
  catches?: TryTableCatchNode[];
  handlers?: LegacyHandlerNode[];
  delegate?: Ref;
  metadata?: CodeMetadata[];
}

// ---------------------------------------------------------------------------
// Module fields

export interface InlineImport extends Span {
  module: string;
  name: string;
}

export interface InlineExport extends Span {
  name: string;
}

export interface LocalNode extends Span {
  id?: Id;
  /** From an `(@name "...")` annotation: a name no `$id` can spell (empty, or another entity's). */
  name?: string;
  types: ValTypeNode[];
}

export interface SubTypeNode extends Span {
  /** Written as `(sub ...)`. */
  sub: boolean;
  final: boolean;
  supertypes: Ref[];
  /** custom-descriptors: `(describes $t)`, the type this struct is the descriptor of. */
  describes?: Ref;
  /** custom-descriptors: `(descriptor $t)`, the type of this struct's descriptor. */
  descriptor?: Ref;
  /** Shared-everything threads: `(shared (struct ...))`, values shareable between threads. */
  shared?: boolean;
  comp: CompTypeNode;
}

export interface TypeField extends Span {
  kind: "type";
  id?: Id;
  /** From an `(@name "...")` annotation: a name no `$id` can spell (empty, or another entity's). */
  name?: string;
  type: SubTypeNode;
}

export interface RecField extends Span {
  kind: "rec";
  types: TypeField[];
}

export interface LimitsNode extends Span {
  addressType?: "i32" | "i64";
  min: NumLit;
  max?: NumLit;
  shared: boolean;
  /** Memories only: `(pagesize N)`, a power of two (custom-page-sizes). */
  pageSize?: NumLit;
}

export type ImportDescNode =
  | ({ kind: "func"; id?: Id; name?: string; typeUse: TypeUseNode; exact?: boolean } & Span)
  | ({ kind: "table"; id?: Id; name?: string; limits: LimitsNode; elemType: RefTypeNode } & Span)
  | ({ kind: "memory"; id?: Id; name?: string; limits: LimitsNode } & Span)
  | ({ kind: "global"; id?: Id; name?: string; type: GlobalTypeNode } & Span)
  | ({ kind: "tag"; id?: Id; name?: string; typeUse: TypeUseNode } & Span);

export interface ImportField extends Span {
  kind: "import";
  module: string;
  name: string;
  desc: ImportDescNode;
  /**
   * Set on each item of a compact import group, the same object on all of
   * them (the fields of one group are consecutive; the field's span is its
   * item's).
   */
  group?: ImportGroupNode;
}

/**
 * `(import "m" (item "a" desc) ...)` (form "items") or
 * `(import "m" (item "a") ... desc)` (form "type": one description for all).
 */
export interface ImportGroupNode extends Span {
  form: ImportGroupForm;
}

export interface GlobalTypeNode extends Span {
  type: ValTypeNode;
  mutable: boolean;
  /** `(shared mut? t)` (shared-everything threads). */
  shared?: boolean;
}

/** Fields shared by the definitions that can be imported or exported inline. */
interface Definable extends Span {
  id?: Id;
  /** From an `(@name "...")` annotation. */
  name?: string;
  exports: InlineExport[];
  import?: InlineImport;
}

export interface FuncField extends Definable {
  kind: "func";
  typeUse: TypeUseNode;
  /** custom-descriptors: `(exact (type $t))`, an import of exactly this type. */
  exact?: boolean;
  /** `(@metadata.code.KIND ...)` annotations in the header: items of the whole function. */
  metadata?: CodeMetadata[];
  locals: LocalNode[];
  body: InstrNode[];
}

/** `(table ...)`: with limits and element type, or with inline `(elem ...)`, optionally an init expression. */
export interface TableField extends Definable {
  kind: "table";
  limits?: LimitsNode;
  /** Only the address type when the limits come from an inline element list. */
  addressType?: "i32" | "i64";
  /** `(table shared (ref ...) (elem ...))`: shared, when the limits come from an inline element list. */
  shared?: boolean;
  elemType: RefTypeNode;
  init?: InstrNode[];
  inlineElem?: ElemListNode;
}

export interface MemoryField extends Definable {
  kind: "memory";
  limits?: LimitsNode;
  addressType?: "i32" | "i64";
  /** `(memory (pagesize N) (data "..."))`: the page size the data is counted in. */
  pageSize?: NumLit;
  /** `(memory (data "..."))`: the limits follow from the data size. */
  inlineData?: StringLit[];
}

export interface GlobalField extends Definable {
  kind: "global";
  type: GlobalTypeNode;
  init: InstrNode[];
}

export interface TagField extends Definable {
  kind: "tag";
  typeUse: TypeUseNode;
}

export interface ExportField extends Span {
  kind: "export";
  name: string;
  exportKind: ExportKind;
  ref: Ref;
}

export interface StartField extends Span {
  kind: "start";
  func: Ref;
}

/** A string literal: its bytes, and its span for printing as written. */
export interface StringLit extends Span {
  bytes: Uint8Array;
}

/**
 * An element list: `func $f $g` / `$f $g` (function indices), or a ref type
 * then expressions, each `(item instr*)` or one folded instruction.
 */
export interface ElemListNode extends Span {
  /** Absent for the function-index forms. */
  type?: RefTypeNode;
  /** `func` keyword written before function indices. */
  funcKeyword: boolean;
  funcs?: Ref[];
  items?: ElemItemNode[];
}

export interface ElemItemNode extends Span {
  /** Written as `(item ...)` rather than a single folded instruction. */
  item: boolean;
  instrs: InstrNode[];
}

export type ElemModeNode =
  | { kind: "passive" }
  | { kind: "declare" }
  | { kind: "active"; table?: Ref; offset: OffsetNode };

/** `(offset instr*)` or a single folded instruction. */
export interface OffsetNode extends Span {
  keyword: boolean;
  instrs: InstrNode[];
}

export interface ElemField extends Span {
  kind: "elem";
  id?: Id;
  /** From an `(@name "...")` annotation: a name no `$id` can spell (empty, or another entity's). */
  name?: string;
  mode: ElemModeNode;
  list: ElemListNode;
}

export interface DataField extends Span {
  kind: "data";
  id?: Id;
  /** From an `(@name "...")` annotation: a name no `$id` can spell (empty, or another entity's). */
  name?: string;
  mode: { kind: "passive" } | { kind: "active"; memory?: Ref; offset: OffsetNode };
  strings: StringLit[];
}

/** `(@custom "name" (before|after section)? "bytes"*)` at module level, or `(@producers ...)`. */
export interface CustomField extends Span {
  kind: "custom";
  name: string;
  place?: { position: "before" | "after"; section: SectionId | "first" | "last" };
  strings: StringLit[];
  /** A producers section written as `(@producers ...)` (no place: it goes after everything); `strings` holds its bytes. */
  producers?: Producer[];
  /** A dylink.0 section written as `(@dylink.0 ...)` (placed before everything); `strings` holds its bytes. */
  dylink?: DylinkEntry[];
  /** Object files: `(@linking ...)` or `(@reloc.section ...)`, the section the model's symbols and relocations write; its items after the place. */
  object?: SExpr[];
}

export type ModuleField =
  | TypeField
  | RecField
  | ImportField
  | FuncField
  | TableField
  | MemoryField
  | GlobalField
  | TagField
  | ExportField
  | StartField
  | ElemField
  | DataField
  | CustomField;

export interface ModuleNode extends Span {
  kind: "module";
  id?: Id;
  /** From `(@name "...")`. */
  name?: string;
  fields: ModuleField[];
  /** `(module definition ...)` in scripts. */
  definition?: boolean;
  /** A `.wat` file of bare module fields, without the `(module ...)` wrapper. */
  implicit?: boolean;
  /** `(@watkit.exact ...)` annotations: how the binary this text was printed from encoded some units. */
  exact?: ExactAnnotation[];
}

/**
 * `(@watkit.exact func N "digest" (size W)? (pad o w f ...)? (raw "..."*)?)`,
 * the same for `section NAME` and `custom N`, and
 * `(@watkit.exact names-after N (before|after SECTION)?)` and the same for `hints-after` (where the name or
 * branch hint section goes: after N custom sections of that place): encoding details of a decoded binary that
 * its content does not determine (see `binary/exact.ts`). Units are named
 * by index: function index, custom section's position among the module's
 * `@custom` annotations.
 */
export type ExactAnnotation = Span &
  (
    | { unit: "func"; index: number; note: ExactNote }
    | { unit: "section"; section: ExactSection; note: ExactNote }
    | { unit: "custom"; index: number; note: ExactNote }
    | { unit: "names-after" | "hints-after"; count: number; place?: CustomSection["place"] }
  );

// ---------------------------------------------------------------------------
// Scripts (.wast)

/** `(module binary "..."*)` or `(module quote "..."*)`. */
export interface EncodedModuleNode extends Span {
  kind: "binary" | "quote";
  id?: Id;
  definition?: boolean;
  strings: StringLit[];
}

export type ScriptModule = ModuleNode | EncodedModuleNode;

/** A constant or result pattern of an assertion: `(i32.const 1)`, `(f32.const nan:canonical)`, `(ref.null func)`, `(either ...)`. */
export interface ValueNode extends Span {
  /** The keyword after `(`: `i32.const`, `ref.null`, `ref.extern`, `either`, ... */
  head: string;
  /** v128 shape, heap type keyword, or `nan:canonical`/`nan:arithmetic` text. */
  args: ({ kind: "token"; text: string } & Span)[];
  /** Alternatives of `either`. */
  either?: ValueNode[];
}

export type ActionNode =
  | ({ kind: "invoke"; module?: Id; name: string; args: ValueNode[] } & Span)
  | ({ kind: "get"; module?: Id; name: string } & Span);

export type Command =
  | ({ kind: "module"; module: ScriptModule } & Span)
  | ({ kind: "instance"; instance?: Id; module?: Id } & Span)
  | ({ kind: "register"; name: string; module?: Id } & Span)
  | ({ kind: "action"; action: ActionNode } & Span)
  | ({ kind: "assert_return"; action: ActionNode; results: ValueNode[] } & Span)
  | ({ kind: "assert_trap"; action?: ActionNode; module?: ScriptModule; message: string } & Span)
  | ({ kind: "assert_exhaustion"; action: ActionNode; message: string } & Span)
  /** Stack switching: the action suspends to a tag no handler is installed for. */
  | ({ kind: "assert_suspension"; action: ActionNode; message: string } & Span)
  | ({ kind: "assert_exception"; action: ActionNode } & Span)
  | ({
      kind:
        | "assert_malformed"
        | "assert_invalid"
        | "assert_unlinkable"
        | "assert_uninstantiable"
        | "assert_malformed_custom"
        | "assert_invalid_custom";
      module: ScriptModule;
      message: string;
    } & Span)
  /** Script commands this toolkit does not run yet (`thread`, `wait`, ...): kept as source. */
  | ({ kind: "other"; head: string } & Span);

export interface Comment extends Span {
  /** Line comment (`;;`) or block comment (`(; ;)`). */
  block: boolean;
}

/** An annotation that watkit does not interpret, kept for printing. */
export interface Annotation extends Span {
  id: string;
}

/** An item inside an annotation that watkit reads as a tree (object-file annotations); `at` is its source offset. */
export type SExpr =
  | { kind: "word"; text: string; at: number }
  | { kind: "string"; text: string; at: number }
  | { kind: "list"; items: SExpr[]; at: number };

/** The root: a text module, or a script of commands. */
export interface Script extends Span {
  kind: "script";
  source: SourceText;
  /** A `.wat` file (one module, possibly without the `(module ...)` wrapper) has exactly one module command. */
  commands: Command[];
  comments: Comment[];
  /** Old spellings read as current ones (only when parsed with `legacyNames`). */
  legacyNames?: LegacyName[];
  annotations: Annotation[];
}
