/**
 * Table fields in the forms few texts write encode exactly as wasm-tools
 * encodes them, and a binary holding a table in any form it decodes prints
 * to text that encodes back to its bytes.
 */
import { describe, expect, test } from "@jest/globals";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { jcoBytes } from "../helpers/jco.js";

const hex = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : Buffer.from(bytes).toString("hex"));

describe("a table field encodes as wasm-tools encodes it", () => {
  test.each([
    ["a shared table64", `(module (table shared i64 0 4294967295 funcref))`],
    ["a shared table64 of shared references", `(module (table $t shared i64 1 (ref null (shared func))))`],
    ["an imported shared table64", `(module (table (import "a" "b") shared i64 1 funcref))`],
    ["an empty inline element list of a funcref table", `(module (table funcref (elem)))`],
    ["an empty inline element list of a second table", `(module (table 0 funcref) (table funcref (elem)))`],
    ["an empty inline element list of a table64", `(module (table i64 funcref (elem)))`],
    ["an empty inline element list of a shared table", `(module (table shared funcref (elem)))`],
    ["an empty inline element list of an externref table", `(module (table externref (elem)))`],
    ["an empty inline element list of a non-null table", `(module (table (ref func) (elem)))`],
    ["an inline element list of indices", `(module (func $f) (table funcref (elem $f $f)))`],
  ])("%s", async (_what, text) => {
    const theirs = await jcoBytes(text);
    expect(theirs).toBeDefined();
    expect(hex(wat2wasm(text, { features: "all", names: false }))).toBe(hex(theirs));
  });

  test("an address type after `shared` is refused, as wasm-tools refuses it", async () => {
    const text = `(module (table i64 shared 0 funcref))`;
    expect(await jcoBytes(text)).toBeUndefined();
    expect(() => wat2wasm(text, { features: "all" })).toThrow(/^1:20: unexpected 'shared'/);
  });
});

describe("a table's binary form prints to text that encodes back to it", () => {
  test.each([
    // Flags 7: a maximum, shared, 64-bit.
    ["a shared table64 with a maximum", "0061736d01000000040901700700ffffffff0f"],
    ["a shared table with a maximum", "0061736d01000000040901700300ffffffff0f"],
    // The 0x40 0x00 form with an empty initialiser (invalid, but it decodes): text has no words for it.
    ["an empty initialiser", "0061736d010000000409014000700080d0700b"],
    ["an initialiser", "0061736d010000000409014000700001d0700b"],
  ])("%s", (_what, binary) => {
    const bytes = Buffer.from(binary, "hex");
    for (const folded of [false, true]) expect(hex(wat2wasm(wasm2wat(bytes, { folded }), { features: "all" }))).toBe(binary);
  });
});
