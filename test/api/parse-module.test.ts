/**
 * parseModule: the one module of a text, resolved: references bound to the
 * entities they name, ready for validate, rewrite and encode.
 */
import { describe, expect, it } from "@jest/globals";
import { encode, parseModule, validate, wat2wasm, WatError } from "../../src/index.js";

describe("parseModule", () => {
  const text = '(module (func $f (export "f") (result i32) (call $g)) (func $g (result i32) i32.const 1))';

  it("gives the module with its references bound", () => {
    const m = parseModule(text);
    expect(m.funcs.map((f) => f.name)).toEqual(["f", "g"]);
    expect(m.funcs[0].body[0].func).toBe(m.funcs[1]);
    expect(m.exports[0].target).toBe(m.funcs[0]);
  });

  it("encodes as wat2wasm does and validates", () => {
    const m = parseModule(text);
    expect(validate(m)).toEqual({ valid: true, errors: [] });
    expect(encode(m)).toEqual(wat2wasm(text));
  });

  it("takes bare module fields", () => {
    expect(parseModule("(memory 1) (func)").memories).toHaveLength(1);
  });

  it("rejects a script or an unresolvable name with a located error", () => {
    expect(() => parseModule("(module) (module)")).toThrow(WatError);
    expect(() => parseModule("(module)\n(func (call $nowhere))")).toThrow(expect.objectContaining({ line: 2 }) as never);
  });
});
