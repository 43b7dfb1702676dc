/**
 * The printer breaks a line wider than the print width where the formatter
 * breaks it (`src/print/wrap.ts`): only the piece that holds the wide line
 * is laid out again, lines that fit stay as written, and a width given to
 * wasm2wat is the width `format` keeps to.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { format } from "../../src/print/format/format.js";
import { print, printStream } from "../../src/print/print.js";
import { decode } from "../../src/binary/decode.js";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";

const LONG = "a_name_long_enough_that_no_line_it_is_on_fits_in_eighty_columns_of_text";

describe("print breaks wide lines as fmt does", () => {
  it("breaks a wide field, function header and call, and leaves the lines that fit", () => {
    const text = `(module
      (import "env" "${LONG}" (func $${LONG} (param i32 i32) (result i32)))
      (func $f (param i32) (result i32) local.get 0 local.get 0 call $${LONG}))`;
    const printed = wasm2wat(wat2wasm(text));
    expect(printed).toBe(`(module
  (type (;0;) (func (param i32 i32) (result i32)))
  (type (;1;) (func (param i32) (result i32)))
  (import "env"
    "${LONG}"
    (func
      $${LONG} (;0;)
      (type 0)
      (param i32 i32)
      (result i32)))
  (func $f (;1;) (type 1) (param i32) (result i32)
    local.get 0
    local.get 0
    call
      $${LONG}
  )
)
`);
    expect(format(printed)).toBe(printed);
  });

  it("breaks a folded instruction whose line is wide, and the header apart from the body", () => {
    const text = `(module (func $${LONG} (param i32) (result i32) (i32.add (i32.mul (local.get 0) (i32.const 1000000)) (call $${LONG} (i32.const 2)))))`;
    const printed = wasm2wat(wat2wasm(text), { folded: true });
    expect(format(printed)).toBe(printed);
    expect(printed).toContain(`
  (func
    $${LONG} (;0;)
    (type 0)
    (param i32)
    (result i32)
    (i32.add
      (i32.mul (local.get 0) (i32.const 1000000))
      (call
        $${LONG}
        (i32.const 2)))
  )
`);
  });

  it("keeps to the width it is given, as format does", () => {
    const bytes = readFileSync("corpus/assemblyscript/primes.wasm");
    for (const printWidth of [40, 100]) {
      for (const folded of [false, true]) {
        const printed = wasm2wat(bytes, { folded, printWidth });
        expect(format(printed, { printWidth }) === printed).toBe(true);
      }
    }
  });

  it("streams the same text in chunks of whole lines", () => {
    const bytes = readFileSync("corpus/rust/words.wasm");
    const chunks: string[] = [];
    const module = decode(bytes);
    printStream(module, { folded: true }, (chunk) => chunks.push(Buffer.from(chunk).toString("utf8")));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.slice(1).every((chunk) => chunk.startsWith("\n"))).toBe(true);
    expect(chunks.join("")).toBe(print(module, { folded: true }));
  });
});
