/**
 * The object-file model (tool-conventions Linking.md): what a relocatable
 * module adds to a plain one. Symbols are bound to the entities they name,
 * relocations to what they patch, so that edits which move, add or remove
 * code keep them right; offsets and indices exist only while encoding.
 *
 * Relocations live where they apply: `Instr.relocs` (an immediate of that
 * instruction), `Data.relocs` (a byte range of that segment's bytes),
 * `CustomSection.relocs` (a byte range of that section's bytes, after its
 * name). The `linking` section itself is `Module.linking`; `Data.segment`
 * holds the segment's entry of its SEGMENT_INFO subsection.
 *
 * Types only; this layer must not import the syntax layer.
 */
import type { CustomSection, DataRef, Func, FuncRef, GlobalRef, TableRef, TagRef, TypeRef } from "./model.js";

/** Symbol flags (Linking.md `WASM_SYM_*`). */
export const SYM = {
  BINDING_WEAK: 0x1,
  BINDING_LOCAL: 0x2,
  VISIBILITY_HIDDEN: 0x4,
  UNDEFINED: 0x10,
  EXPORTED: 0x20,
  EXPLICIT_NAME: 0x40,
  NO_STRIP: 0x80,
  TLS: 0x100,
  ABSOLUTE: 0x200,
} as const;

/** Segment flags (Linking.md `WASM_SEG_FLAG_*`). */
export const SEG = { STRINGS: 0x1, TLS: 0x2, RETAIN: 0x4 } as const;

interface SymbolCommon {
  /** `SYM` bits; UNDEFINED always agrees with the target (an import, or no data target). */
  flags: number;
}

/**
 * A function, global, tag or table symbol: the entity it names (an import when
 * undefined). `name` is absent for an undefined symbol without EXPLICIT_NAME,
 * whose name is the import's field name.
 */
export interface FuncSymbol extends SymbolCommon {
  readonly kind: "func";
  target: FuncRef;
  name?: string;
}

export interface GlobalSymbol extends SymbolCommon {
  readonly kind: "global";
  target: GlobalRef;
  name?: string;
}

export interface TagSymbol extends SymbolCommon {
  readonly kind: "tag";
  target: TagRef;
  name?: string;
}

export interface TableSymbol extends SymbolCommon {
  readonly kind: "table";
  target: TableRef;
  name?: string;
}

/** Where a defined data symbol is: a range of a segment's bytes (or, with ABSOLUTE, an address). */
export interface DataPlace {
  data: DataRef;
  offset: number;
  size: number;
}

export interface DataSymbol extends SymbolCommon {
  readonly kind: "data";
  name: string;
  /** Absent for an undefined data symbol. */
  target?: DataPlace;
}

/** A known section a section symbol or comdat can name (Linking.md allows code, data and custom sections). */
export type SectionTarget = CustomSection | "code" | "data";

export interface SectionSymbol extends SymbolCommon {
  readonly kind: "section";
  target: SectionTarget;
}

export type LinkingSymbol = FuncSymbol | GlobalSymbol | TagSymbol | TableSymbol | DataSymbol | SectionSymbol;
export type SymbolKind = LinkingSymbol["kind"];

/** A data segment's SEGMENT_INFO entry. */
export interface SegmentInfo {
  name: string;
  /** log2 of the alignment in bytes. */
  align: number;
  /** `SEG` bits. */
  flags: number;
}

export interface InitFunc {
  priority: number;
  symbol: LinkingSymbol;
}

/** A comdat member: a defined entity of the group. */
export type ComdatMember =
  | { readonly kind: "data"; target: DataRef }
  | { readonly kind: "func"; target: FuncRef }
  | { readonly kind: "global"; target: GlobalRef }
  | { readonly kind: "tag"; target: TagRef }
  | { readonly kind: "table"; target: TableRef }
  | { readonly kind: "section"; target: SectionTarget };

export interface Comdat {
  name: string;
  /** Reserved, 0 in every known producer; kept so that it round-trips. */
  flags: number;
  members: ComdatMember[];
}

/** The `linking` custom section: its version (2), symbol table and other subsections. */
export interface Linking {
  version: number;
  symbols: LinkingSymbol[];
  initFuncs: InitFunc[];
  comdats: Comdat[];
  /**
   * Digests of the function bodies as decoded, when custom sections (DWARF)
   * hold offsets into them (R_WASM_FUNCTION_OFFSET_*): the encoder drops such
   * a section, with a warning, once a body it points into has changed.
   */
  bodyDigests?: Map<Func, string>;
}

/** Which immediate of an instruction a relocation patches. */
export type RelocSlot = "func" | "type" | "global" | "tag" | "table" | "table2" | "value" | "offset";

interface RelocCommon {
  /** A relocation type name of `RELOC_TYPES` (e.g. "R_WASM_FUNCTION_INDEX_LEB"). */
  type: string;
  /** The symbol, or for R_WASM_TYPE_INDEX_LEB the type. */
  target: LinkingSymbol | TypeRef;
  /** For the types that have one (`RelocType.addend`). */
  addend?: bigint;
}

export interface InstrReloc extends RelocCommon {
  slot: RelocSlot;
}

/** A relocation in a data segment's bytes or a custom section's bytes, at `offset` in them. */
export interface ByteReloc extends RelocCommon {
  offset: number;
}

/**
 * Where a `reloc.*` section sits among the custom sections: a custom section
 * whose bytes the encoder writes from the model (`CustomSection.linking`).
 */
export type GeneratedSection = { readonly kind: "linking" } | { readonly kind: "reloc"; target: SectionTarget };
