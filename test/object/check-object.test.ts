/**
 * `checkObject` (validate --object) reads an object as a validator: every
 * broken rule, each with its rule and offset, none reported twice through
 * what names it; and the value stored at each relocation agrees with its
 * target (the entity's or type's index, the symbol's address plus addend).
 */
import { checkObject } from "../../src/object/check-object.js";
import { bumpPadded, funcSymbolIndices, member, relocs, unpadOneCall } from "./corrupt.js";

const R_FUNCTION_INDEX_LEB = 0;
const R_MEMORY_ADDR_SLEB = 4;
const R_TYPE_INDEX_LEB = 6;
const R_MEMORY_ADDR_I32 = 5;
const R_GLOBAL_INDEX_LEB = 7;

describe("checkObject", () => {
  const original = member("vfprintf.o");
  const { base: code, entries } = relocs(original);
  const first = (type: number) => entries.find((e) => e.type === type)!;

  it("finds nothing in an object clang wrote", () => {
    expect(checkObject(original)).toEqual([]);
  });

  it.each([
    ["R_WASM_FUNCTION_INDEX_LEB", R_FUNCTION_INDEX_LEB, false, "the index of symbol printf_core"],
    ["R_WASM_GLOBAL_INDEX_LEB", R_GLOBAL_INDEX_LEB, false, "the index of symbol __stack_pointer"],
    ["R_WASM_TYPE_INDEX_LEB", R_TYPE_INDEX_LEB, false, "the index of the type"],
    ["R_WASM_MEMORY_ADDR_SLEB", R_MEMORY_ADDR_SLEB, true, "the address of symbol states - 65"],
  ])("reports a value at %s that disagrees with its target as reloc-value, at the value", (name, type, signed, target) => {
    const bytes = original.slice();
    const at = code + first(type).offset;
    const held = bumpPadded(bytes, at, signed);
    const problems = checkObject(bytes);
    expect(problems.map((p) => [p.rule, p.offset])).toEqual([["reloc-value", at]]);
    expect(problems[0].detail).toMatch(new RegExp(`^${name} \\(relocation at 0x[0-9a-f]+\\) holds ${held + 1}, ${target} is ${held}$`));
  });

  it("reports every broken rule at once, and not again through the relocations that name a broken symbol", () => {
    const bytes = original.slice();
    const padding = unpadOneCall(bytes);
    const address = code + first(R_MEMORY_ADDR_SLEB).offset;
    bumpPadded(bytes, address, true);
    // Symbol 5, which a dozen calls name, now names a function that does not exist.
    const symbol = 5;
    const symbolAt = funcSymbolIndices(bytes).get(symbol)!;
    expect(bytes[symbolAt]).toBeLessThan(0x80);
    bytes[symbolAt] = 0x7f;
    expect(entries.filter((e) => e.type === R_FUNCTION_INDEX_LEB && e.index === symbol).length).toBeGreaterThan(1);
    const problems = checkObject(bytes);
    expect(problems.map((p) => [p.rule, p.offset])).toEqual([
      ["reloc-padding", padding],
      ["reloc-value", address],
      ["symbol-table", symbolAt],
    ]);
    expect(problems[2].detail).toBe("func symbol names func 127, which does not exist");
  });

  it("reads a relocation section whose format breaks no further, and checks the next one, here a debug section's", () => {
    const bytes = original.slice();
    const second = entries[1];
    // An unknown relocation type: what follows it in reloc.CODE cannot be read, so none of it is reported.
    bytes[second.offsetAt - 1] = 99;
    bumpPadded(bytes, code + entries[2].offset);
    const debug = relocs(bytes, "reloc..debug_info");
    const address = debug.base + debug.entries.find((e) => e.type === R_MEMORY_ADDR_I32)!.offset;
    bytes[address] ^= 1;
    expect(checkObject(bytes).map((p) => [p.rule, p.offset])).toEqual([
      ["reloc-value", address],
      ["reloc-format", second.offsetAt - 1],
    ]);
  });
});
