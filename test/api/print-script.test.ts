/**
 * print takes what parseWat returns: a script of text modules prints each
 * module; a script with anything that is not a text module is refused with a
 * message that says what it holds.
 */
import { describe, expect, it } from "@jest/globals";
import { ArgumentError, ChunkedText, parseWat, print, wat2wasm } from "../../src/index.js";

describe("print(parseWat(text))", () => {
  it("prints the module of a .wat text", () => {
    const text = '(module (func $f (export "f") (result i32) i32.const 7))';
    const printed = print(parseWat(text));
    expect(printed).toContain('(func $f (;0;) (export "f") (result i32)');
    expect(wat2wasm(printed)).toEqual(wat2wasm(text));
  });

  it("prints bare module fields as their module", () => {
    expect(print(parseWat("(memory 1)"))).toBe("(module\n  (memory (;0;) 1)\n)\n");
  });

  it("prints each module of a script of modules", () => {
    expect(print(parseWat("(module $a) (module $b)"))).toBe("(module $a\n)\n\n(module $b\n)\n");
  });

  it("refuses a script with assertions, naming what is in it", () => {
    const script = parseWat('(module (func (export "f"))) (assert_return (invoke "f"))');
    expect(() => print(script)).toThrow(ArgumentError);
    expect(() => print(script)).toThrow("print: input is a script holding (assert_return ...), which is not a text module");
    expect(() => print(parseWat('(module binary "\\00asm\\01\\00\\00\\00")'))).toThrow("is a script holding (module binary ...)");
  });

  it("refuses what is not a module or a script", () => {
    expect(() => print({} as never)).toThrow("print: input must be a Module, a ModuleNode or a Script from parseWat, not an object");
  });
});

describe("ChunkedText is exported", () => {
  it("reads text given in pieces", () => {
    expect(wat2wasm(new ChunkedText(["(mod", "ule (func", "))"]))).toEqual(wat2wasm("(module (func))"));
  });
});
