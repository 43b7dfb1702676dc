/**
 * Every error a caller can cause is a `WatkitError`, of the class that
 * says what went wrong: each public function, given a representative bad
 * input, throws its typed error (or, for validate and lint, reports it).
 */
import { describe, expect, it } from "@jest/globals";
import * as watkit from "../../src/index.js";
import {
  ArgumentError,
  ConfigError,
  decode,
  encode,
  format,
  InvalidRewriteError,
  lint,
  parseModule,
  parseWat,
  PassError,
  print,
  rewrite,
  SnippetError,
  validate,
  wasm2wat,
  WasmDecodeError,
  WasmEncodeError,
  wat2wasm,
  WatkitError,
  WatResolveError,
  WatSyntaxError,
} from "../../src/index.js";
import { instrByName } from "../../src/api/isa.js";
import { addExport, addWat } from "../../src/api/rewrite.js";
import { link, LinkError } from "../../src/api/object.js";

/** What `call` throws; fails the test when it returns. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("the error classes", () => {
  const classes = Object.entries(watkit).filter(([name]) => name.endsWith("Error"));

  it("are the ones the root entry exports", () => {
    expect(classes.map(([name]) => name).sort()).toEqual([
      "ArgumentError",
      "ConfigError",
      "FeatureSpecError",
      "InvalidRewriteError",
      "PassError",
      "SnippetError",
      "WasmDecodeError",
      "WasmEncodeError",
      "WasmFeatureError",
      "WatError",
      "WatFeatureError",
      "WatResolveError",
      "WatSyntaxError",
      "WatkitError",
    ]);
  });

  it.each(classes.filter(([name]) => name !== "WatkitError"))("%s extends WatkitError", (_, errorClass) => {
    expect((errorClass as { prototype: object }).prototype).toBeInstanceOf(WatkitError);
  });
});

describe("a bad input to each public function gives its typed error", () => {
  const malformedBinary = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0xff]);

  it.each([
    ["parseWat: malformed text", () => parseWat("(module (func"), WatSyntaxError],
    ["parseModule: a name that does not resolve", () => parseModule("(module (func (call $nope)))"), WatResolveError],
    ["wat2wasm: malformed text", () => wat2wasm("(module (func i32.nope))"), WatSyntaxError],
    ["wasm2wat: a malformed binary", () => wasm2wat(malformedBinary), WasmDecodeError],
    ["decode: a malformed binary", () => decode(malformedBinary), WasmDecodeError],
    ["decode: not bytes", () => decode("(module)" as unknown as Uint8Array), ArgumentError],
    ["encode: not a Module", () => encode({} as watkit.Module), ArgumentError],
    ["print: not a module", () => print(42 as unknown as watkit.Module), ArgumentError],
    ["validate: an unknown option", () => validate(parseModule("(module)"), { strict: true } as object), ArgumentError],
    ["format: malformed text", () => format("(module"), WatSyntaxError],
    ["rewrite: an unknown pass", () => rewrite(parseModule("(module)"), ["no-such-pass"]), PassError],
    ["lint: a severity that does not exist", () => lint("(module)", { config: { rules: { "no-unused": "sometimes" as "warn" } } }), ConfigError],
    ["link: an input that is not an object file", () => link([{ name: "m.wasm", bytes: wat2wasm("(module)") }]), LinkError],
    ["link: an unknown option", () => link([], { output: "a.wasm" } as object), ArgumentError],
  ])("%s", (_, call, errorClass) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(WatkitError);
  });

  it("encode: a branch moved out of the block it targets, located in its function", () => {
    const module = parseModule("(module (func $f block $a br $a end) (func $g block $b nop end))");
    const [blockA] = module.funcs[0].body;
    const [blockB] = module.funcs[1].body;
    blockB.body!.push(blockA.body![0]);
    const error = thrown(() => encode(module));
    expect(error).toBeInstanceOf(WasmEncodeError);
    expect(error).toMatchObject({ reason: "branch target is not an enclosing block of the branch", func: { index: 1, name: "g" } });
    expect((error as Error).message).toBe("encode: function 1 ($g): branch target is not an enclosing block of the branch");
  });

  it("encode: a name with no UTF-8 form", () => {
    const module = parseModule("(module (func $f))");
    module.funcs[0].name = "\ud800";
    expect(thrown(() => encode(module))).toBeInstanceOf(WasmEncodeError);
  });

  it("print: a hand-built Module with part of a structured instruction on its own", () => {
    const module = parseModule("(module (func))");
    module.funcs[0].body.push({ op: instrByName("else")! });
    const error = thrown(() => print(module));
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as Error).message).toMatch(/^print: module holds "else" as an instruction on its own/);
  });

  it("rewrite: a step that leaves the module invalid", () => {
    const module = parseModule("(module (func))");
    const error = thrown(() => rewrite(module, [(m) => void m.funcs[0].body.push({ op: instrByName("drop")! })]));
    expect(error).toBeInstanceOf(InvalidRewriteError);
    expect(error).toBeInstanceOf(WatkitError);
  });

  it("the builders: a snippet that does not resolve, an export name taken", () => {
    const module = parseModule('(module (func $f (export "f")))');
    expect(thrown(() => addWat(module, "(func (call $x))"))).toBeInstanceOf(SnippetError);
    const taken = thrown(() => addExport(module, "f", module.funcs[0]));
    expect(taken).toBeInstanceOf(ArgumentError);
    expect((taken as Error).message).toBe('addExport: name is taken (export "f" already exists)');
  });
});
