/**
 * The error for an object file that breaks a rule of Linking.md: which rule
 * (one of `OBJECT_RULES`), what was found, and the byte offset. It is a
 * `WasmDecodeError`, so callers that handle malformed binaries handle it.
 */
import { WasmDecodeError } from "../binary/decode-error.js";

/** The object-file rules, by id: what each requires (Linking.md, "Object file validation rules"). */
export const OBJECT_RULES = {
  "linking-format": "the linking section is well-formed (version 2, known subsections, counts and names that fit)",
  "reloc-format": "a reloc.* section is well-formed and names a code, data or custom section",
  "section-order": "the linking section comes after the data section, and each reloc.* section after linking and its target",
  "symbol-table": "symbols name entities that exist; undefined symbols and only they name imports; data symbols lie inside their segment",
  "reloc-symbol": "a relocation names a symbol of the kind its type needs (a type index for R_WASM_TYPE_INDEX_LEB)",
  "reloc-site": "a relocation in code patches an immediate its type allows (call index, memarg offset, i32.const value, ...)",
  "reloc-padding": "a relocated LEB128 is padded to its full width (5 bytes, 10 for 64-bit types)",
  "reloc-range": "a relocation lies inside its target section, within one segment or function body",
  "reloc-value": "the value at a relocation is its target's before linking: the entity's or type's index for the index types, the symbol's segment offset plus its offset plus the addend for the memory-address types",
} as const;

export type ObjectRule = keyof typeof OBJECT_RULES;

export class ObjectFileError extends WasmDecodeError {
  constructor(
    readonly rule: ObjectRule,
    offset: number,
    detail: string,
  ) {
    super(`object file rule ${rule} broken`, offset, detail);
    this.name = "ObjectFileError";
  }
}
