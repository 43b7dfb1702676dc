/**
 * The options of the public functions are checked before any work: an
 * unknown option or a value the option does not take is an ArgumentError
 * naming the function, the option and what it takes.
 */
import { describe, expect, it } from "@jest/globals";
import { ArgumentError, decode, encode, format, lint, parseModule, parseWat, print, rewrite, validate, wasm2wat, wat2wasm } from "../../src/index.js";

const TEXT = '(module (func (export "f") (result i32) i32.const 1))';
const BYTES = wat2wasm(TEXT);

/** The message of the ArgumentError `call` throws. */
function refusal(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(ArgumentError);
    return (e as Error).message;
  }
  throw new Error("expected an ArgumentError");
}

describe("values outside what an option takes", () => {
  it.each([
    ["format", () => format(TEXT, { tabWidth: -1 }), "format: options.tabWidth must be an integer of at least 0, not -1"],
    ["format", () => format(TEXT, { tabWidth: 2.5 }), "format: options.tabWidth must be an integer of at least 0, not 2.5"],
    ["format", () => format(TEXT, { printWidth: 0 }), "format: options.printWidth must be an integer of at least 1, not 0"],
    ["format", () => format(TEXT, { useTabs: "yes" as unknown as boolean }), 'format: options.useTabs must be true or false, not "yes"'],
    [
      "format",
      () => format(TEXT, { instructionStyle: "stacked" as "flat" }),
      'format: options.instructionStyle must be one of "preserve", "flat", "folded", not "stacked"',
    ],
    ["wasm2wat", () => wasm2wat(BYTES, { folded: 1 as unknown as boolean }), "wasm2wat: options.folded must be true or false, not 1"],
    ["print", () => print(decode(BYTES), { names: "no" as unknown as boolean }), 'print: options.names must be true or false, not "no"'],
    ["parseWat", () => parseWat(TEXT, { maxDepth: 0 }), "parseWat: options.maxDepth must be an integer of at least 1, not 0"],
    ["wat2wasm", () => wat2wasm(TEXT, { names: null as unknown as boolean }), "wat2wasm: options.names must be true or false, not null"],
    ["decode", () => decode(BYTES, { names: 0 as unknown as boolean }), "decode: options.names must be true or false, not 0"],
    ["encode", () => encode(decode(BYTES), { names: "x" as unknown as boolean }), 'encode: options.names must be true or false, not "x"'],
    ["validate", () => validate(BYTES, { source: 3 as unknown as string }), "validate: options.source must be a string or a ChunkedText, not 3"],
    ["rewrite", () => rewrite(decode(BYTES), [], { warn: "loud" as unknown as () => void }), 'rewrite: options.warn must be a function, not "loud"'],
    ["rewrite", () => rewrite(decode(BYTES), "dce" as unknown as string[]), 'rewrite: steps must be an array of passes, not "dce"'],
    ["lint", () => lint(TEXT, { filePath: 1 as unknown as string }), "lint: options.filePath must be a string, not 1"],
    ["lint", () => lint(7 as unknown as string), "lint: input must be text, a BufferSource or a Module, not 7"],
  ])("%s", (_, call, message) => {
    expect(refusal(call)).toBe(message);
  });
});

describe("options a function does not have", () => {
  it("are named with the options the function takes", () => {
    expect(refusal(() => format(TEXT, { tabwidth: 4 } as object))).toBe(
      "format: options.tabwidth is not an option of format (it takes printWidth, tabWidth, useTabs, instructionStyle, compactBodies)",
    );
    expect(refusal(() => wasm2wat(BYTES, { fold: true } as object))).toMatch(/^wasm2wat: options\.fold is not an option of wasm2wat/);
    expect(refusal(() => parseModule(TEXT, { names: false } as object))).toMatch(/^parseModule: options\.names is not an option/);
  });

  it("the internal performance options are not options of the public functions", () => {
    expect(refusal(() => decode(BYTES, { shareInstrs: true } as object))).toBe("decode: options.shareInstrs is not an option of decode (it takes names, linking, features)");
    expect(refusal(() => encode(decode(BYTES), { consume: true } as object))).toBe("encode: options.consume is not an option of encode (it takes names, warn)");
  });

  it("options that are not an object", () => {
    expect(refusal(() => format(TEXT, 4 as unknown as object))).toBe("format: options must be an object, not 4");
    expect(refusal(() => print(decode(BYTES), null as unknown as object))).toBe("print: options must be an object, not null");
  });
});

describe("valid options, and options given as undefined, are taken", () => {
  it("as documented", () => {
    expect(format(TEXT, { tabWidth: 4, useTabs: false, printWidth: 100, instructionStyle: "folded", compactBodies: undefined })).toContain("    (i32.const 1)");
    expect(wasm2wat(BYTES, { folded: true, names: undefined, exact: false })).toContain("(i32.const 1)");
    expect(print(decode(BYTES), { indexComments: false })).not.toContain("(;0;)");
    const invalid = "(module\n  (func (result i32) i64.const 1))";
    expect(validate(parseModule(invalid), { source: invalid }).errors[0]).toMatchObject({ line: 2 });
  });
});

describe("text arguments", () => {
  it("must be text", () => {
    expect(refusal(() => parseWat(BYTES as unknown as string))).toBe("parseWat: text must be a string or a ChunkedText, not a Uint8Array");
    expect(refusal(() => format(undefined as unknown as string))).toBe("format: text must be a string, not undefined");
  });
});
