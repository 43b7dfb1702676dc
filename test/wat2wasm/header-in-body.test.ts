/**
 * Text to binary splits a module's text at its function bodies and takes
 * each function's header from the skeleton. A header the split's scan does
 * not see whole (a space between a group's `(` and its keyword, a second
 * id) ends up at the start of a body; it is never dropped there: the
 * module is the one the parser makes of the whole text, or the parser's
 * error.
 */
import { encode } from "../../src/binary/encode.js";
import { resolveModule } from "../../src/module/resolve.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { wat2wasmSplit } from "../../src/wat2wasm/one-thread.js";
import { parser } from "../../src/wat2wasm/on-first-use.js";
import type { ModuleNode } from "../../src/syntax/ast.js";

const hex = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : Buffer.from(bytes).toString("hex"));

/** The binary the parser's reading of the whole text encodes to. */
function parsedWhole(text: string): string | undefined {
  const command = parser().parseWat(text).commands[0] as { module: ModuleNode };
  return hex(encode(resolveModule(command.module, text), { names: true }));
}

describe("a function header the split's scan does not see whole", () => {
  test.each([
    ["an inline export", `(module (func ( export "f")))`],
    ["an inline export and a result", `(module (func ( export "") (result f64) (f64.const 7)))`],
    ["a result", `(module (func ( result i32) (i32.const 1)))`],
    ["a parameter", `(module (func ( param i32) (result i32) local.get 0))`],
    ["a local", `(module (func ( local i32) (local.set 0 (i32.const 1))))`],
    ["a type use", `(module (type (func (result i32))) (func ( type 0) i32.const 1))`],
    ["a comment before the keyword", `(module (func (;c;)(export "f") ( ;; c\n result i32) i32.const 1))`],
  ])("keeps %s", (_what, text) => {
    const whole = parsedWhole(text);
    expect(hex(wat2wasm(text))).toBe(whole);
    const split = wat2wasmSplit(text, { names: true });
    if (split !== undefined) expect(hex(split)).toBe(whole);
  });

  test.each([
    ["a second id", `(module (func $y $y))`],
    ["a second id before a body", `(module (func $y $y (result) (v128.or (v128.const i32x4 0 0 0 0))))`],
    ["an export after the code", `(module (func nop ( export "f")))`],
  ])("reports the parser's error for %s", (_what, text) => {
    expect(() => parser().parseWat(text)).toThrow();
    expect(() => wat2wasm(text)).toThrow(/^1:\d+: unexpected/);
    expect(wat2wasmSplit(text, { names: true })).toBeUndefined();
  });
});

describe("an id run into what follows it is one malformed token, as the parser reads it", () => {
  test.each([
    ["a quoted id run into an instruction", `(module (func $"a"nop))`, `$"a"nop`],
    ["a quoted id with an escape run into a block", `(module (func $"\\t"try_table end))`, `$"\\t"try_table`],
    ["a quoted id run into a string", `(module (func $"a""b" nop))`, `$"a""b"`],
    ["a data segment's quoted id run into a word", `(module (memory 1) (data $"d"x))`, `$"d"x`],
  ])("refuses %s with the parser's error", (_what, text, token) => {
    expect(() => parser().parseWat(text)).toThrow(`unknown token '${token}'`);
    expect(() => wat2wasm(text)).toThrow(`unknown token '${token}'`);
    expect(wat2wasmSplit(text, { names: true })).toBeUndefined();
  });

  test("while an id closed by a parenthesis or a space is one", () => {
    for (const text of [`(module (func $"a"(nop)))`, `(module (func $"a" nop))`, `(module (func $a(nop)))`]) expect(hex(wat2wasm(text))).toBe(parsedWhole(text));
  });
});

describe("a body converted apart nests as deep as in the whole text", () => {
  const nested = (blocks: number): string => `(module (func ${"(block ".repeat(blocks)}${")".repeat(blocks)}))`;

  test("up to the parser's limit, counting the module and the function around it", () => {
    expect(hex(wat2wasm(nested(998)))).toBe(parsedWhole(nested(998)));
  });

  test("and no deeper", () => {
    expect(() => parser().parseWat(nested(999))).toThrow(/nesting deeper than 1000 levels/);
    expect(() => wat2wasm(nested(999))).toThrow(/^1:\d+: nesting deeper than 1000 levels/);
  });
});
