/**
 * Annotations the parser interprets: a malformed literal in one is a
 * located syntax error however the text is read (parse, wat2wasm, format,
 * validate), and a branch hint must sit right before the `if` or `br_if`
 * it describes; formatting a module flat or folded keeps its hints where
 * they encode.
 */
import { describe, expect, it } from "@jest/globals";
import { format } from "../../src/print/format/format.js";
import { WatError, WatSyntaxError } from "../../src/syntax/errors.js";
import { parseWat } from "../../src/syntax/parse.js";
import { validate } from "../../src/validate/validate.js";
import { wat2wasm } from "../../src/wat2wasm.js";

function errorOf(run: () => unknown): WatError {
  try {
    run();
  } catch (error) {
    if (error instanceof WatError) return error;
    throw error;
  }
  throw new Error("no error");
}

describe("a malformed literal in an annotation is a located syntax error", () => {
  const cases: [what: string, text: string, column: number][] = [
    ["a branch hint", '(module (func (@metadata.code.branch_hint "\\u{d800}") (if (i32.const 0) (then))))', 44],
    ["a custom section's name", '(module (@custom "a\\u{d800}" ""))', 20],
    ["a custom section's contents", '(module (@custom "a" "\\u{110000}"))', 23],
    ["a name", '(module (func (@name "\\u{dfff}")))', 23],
  ];
  for (const [what, text, column] of cases) {
    it(`in ${what}`, () => {
      for (const read of [parseWat, wat2wasm, format]) {
        const error = errorOf(() => read(text));
        expect(error).toBeInstanceOf(WatSyntaxError);
        expect([error.line, error.column]).toEqual([1, column]);
      }
      const result = validate(text as unknown as Uint8Array);
      expect(result.valid).toBe(false);
      expect(result.errors[0]).toMatchObject({ line: 1, column });
    });
  }
});

describe("branch hints", () => {
  it("must be right before an if or a br_if: elsewhere they are a located error, as the spec's custom tests say", () => {
    const text = '(module (func (param i32) (result i32)\n  local.get 0\n  (@metadata.code.branch_hint "\\01") i32.eqz))';
    // A script holding such a module in an assertion still parses.
    expect(() => parseWat(text)).not.toThrow();
    const error = errorOf(() => wat2wasm(text));
    expect(error.message).toContain("invalid branch hint");
    expect(error.message).toContain("i32.eqz");
    // At the instruction the hint would describe.
    expect([error.line, error.column]).toEqual([3, 38]);
    const folded = '(module (func (param i32) (@metadata.code.branch_hint "\\00") (drop (local.get 0))))';
    expect(errorOf(() => wat2wasm(folded)).message).toContain("not drop");
  });

  it("keep their encoding when the code is formatted as written, flat or folded", () => {
    const text = `(module
      (func $f (param i32) (result i32)
        (block $b
          local.get 0
          (@metadata.code.branch_hint "\\00") br_if $b
          (@metadata.code.branch_hint "\\01")
          (br_if $b (i32.eqz (local.get 0)))
          local.get 0
          (@metadata.code.branch_hint "\\01") if
            nop
          else
            (@metadata.code.branch_hint "\\00")
            (if (local.get 0) (then (nop)))
          end)
        (@metadata.code.branch_hint "\\01")
        (if (result i32) (local.get 0) (then (i32.const 1)) (else (i32.const 2)))))`;
    const bytes = Buffer.from(wat2wasm(text));
    for (const instructionStyle of ["preserve", "flat", "folded"] as const) {
      const formatted = format(text, { instructionStyle });
      expect(Buffer.from(wat2wasm(formatted))).toEqual(bytes);
      expect(format(formatted, { instructionStyle })).toBe(formatted);
    }
  });
});
