/**
 * The relocation types of tool-conventions' Linking.md and DynamicLinking.md,
 * one row each: the row drives decoding (addend or not, width), encoding
 * (padded LEB or fixed-width field), printing, the object validator
 * (which immediate or field a type may patch, which symbol kind it needs,
 * which stored values it checks) and the linker (what value it writes).
 */

/** How the relocated value is stored: padded LEB128 (5 or 10 bytes) or a little-endian field. */
export type RelocEncoding = "uleb32" | "sleb32" | "u32" | "uleb64" | "sleb64" | "u64";

/** What the relocation index names: a symbol of a kind, or (TYPE_INDEX_LEB) a type index. */
export type RelocTargetKind = "func" | "data" | "global" | "section" | "tag" | "table" | "type";

/**
 * Where in code the relocation may sit: an index immediate of its kind, the
 * value of an `i32.const`/`i64.const`, or a memarg offset. Types that patch
 * data or custom sections only (the fixed-width ones) have no code site.
 */
export type CodeSite = "func" | "type" | "global" | "tag" | "table" | "value" | "offset" | null;

/**
 * What the relocated value is: an entity's index, a function's slot in the
 * indirect function table, an absolute memory address, an address relative
 * to the place itself (LOCREL), to a base (PIC) or to the TLS block, or an
 * offset into a section (debug info).
 */
export type RelocValue = "index" | "slot" | "address" | "locrel" | "relative" | "tls" | "offset";

export interface RelocType {
  readonly code: number;
  readonly name: string;
  readonly encoding: RelocEncoding;
  readonly target: RelocTargetKind;
  readonly site: CodeSite;
  readonly addend: boolean;
  readonly value: RelocValue;
}

type Row = readonly [code: number, name: string, encoding: RelocEncoding, target: RelocTargetKind, site: CodeSite, addend: boolean, value: RelocValue];

const ROWS: readonly Row[] = [
  [0, "R_WASM_FUNCTION_INDEX_LEB", "uleb32", "func", "func", false, "index"],
  [1, "R_WASM_TABLE_INDEX_SLEB", "sleb32", "func", "value", false, "slot"],
  [2, "R_WASM_TABLE_INDEX_I32", "u32", "func", null, false, "slot"],
  [3, "R_WASM_MEMORY_ADDR_LEB", "uleb32", "data", "offset", true, "address"],
  [4, "R_WASM_MEMORY_ADDR_SLEB", "sleb32", "data", "value", true, "address"],
  [5, "R_WASM_MEMORY_ADDR_I32", "u32", "data", null, true, "address"],
  [6, "R_WASM_TYPE_INDEX_LEB", "uleb32", "type", "type", false, "index"],
  [7, "R_WASM_GLOBAL_INDEX_LEB", "uleb32", "global", "global", false, "index"],
  [8, "R_WASM_FUNCTION_OFFSET_I32", "u32", "func", null, true, "offset"],
  [9, "R_WASM_SECTION_OFFSET_I32", "u32", "section", null, true, "offset"],
  [10, "R_WASM_TAG_INDEX_LEB", "uleb32", "tag", "tag", false, "index"],
  [11, "R_WASM_MEMORY_ADDR_REL_SLEB", "sleb32", "data", "value", true, "relative"],
  [12, "R_WASM_TABLE_INDEX_REL_SLEB", "sleb32", "func", "value", false, "relative"],
  [13, "R_WASM_GLOBAL_INDEX_I32", "u32", "global", null, false, "index"],
  [14, "R_WASM_MEMORY_ADDR_LEB64", "uleb64", "data", "offset", true, "address"],
  [15, "R_WASM_MEMORY_ADDR_SLEB64", "sleb64", "data", "value", true, "address"],
  [16, "R_WASM_MEMORY_ADDR_I64", "u64", "data", null, true, "address"],
  [17, "R_WASM_MEMORY_ADDR_REL_SLEB64", "sleb64", "data", "value", true, "relative"],
  [18, "R_WASM_TABLE_INDEX_SLEB64", "sleb64", "func", "value", false, "slot"],
  [19, "R_WASM_TABLE_INDEX_I64", "u64", "func", null, false, "slot"],
  [20, "R_WASM_TABLE_NUMBER_LEB", "uleb32", "table", "table", false, "index"],
  [21, "R_WASM_MEMORY_ADDR_TLS_SLEB", "sleb32", "data", "value", true, "tls"],
  [22, "R_WASM_FUNCTION_OFFSET_I64", "u64", "func", null, true, "offset"],
  [23, "R_WASM_MEMORY_ADDR_LOCREL_I32", "u32", "data", null, true, "locrel"],
  [24, "R_WASM_TABLE_INDEX_REL_SLEB64", "sleb64", "func", "value", false, "relative"],
  [25, "R_WASM_MEMORY_ADDR_TLS_SLEB64", "sleb64", "data", "value", true, "tls"],
  [26, "R_WASM_FUNCTION_INDEX_I32", "u32", "func", null, false, "index"],
];

export const RELOC_TYPES: readonly RelocType[] = ROWS.map(([code, name, encoding, target, site, addend, value]) => ({ code, name, encoding, target, site, addend, value }));

const BY_NAME = new Map(RELOC_TYPES.map((t) => [t.name, t]));

export function relocTypeByCode(code: number): RelocType | undefined {
  return RELOC_TYPES[code];
}

export function relocTypeByName(name: string): RelocType | undefined {
  return BY_NAME.get(name);
}

/** Bytes the relocated value takes: padded LEBs at their full width, fields at theirs. */
export function relocWidth(encoding: RelocEncoding): number {
  switch (encoding) {
    case "uleb32":
    case "sleb32":
      return 5;
    case "uleb64":
    case "sleb64":
      return 10;
    case "u32":
      return 4;
    case "u64":
      return 8;
  }
}

/** Whether the relocated value is a signed LEB128 (an `i32.const`/`i64.const` immediate). */
export function isSigned(encoding: RelocEncoding): boolean {
  return encoding === "sleb32" || encoding === "sleb64";
}
