/**
 * Adapters call exports and read globals with exact values: v128 and i64
 * through memory, NaN payloads kept, references as JS values with their class.
 * (GC and exnref classes run in `run-script.test.ts` on the test engine.)
 */
import { describe, expect, it } from "@jest/globals";
import { encode } from "../../src/binary/encode.js";
import type { Func, Global, Module } from "../../src/module/model.js";
import { Adapters } from "../../src/wast/adapter.js";
import { compile } from "../../src/wast/engine.js";
import { type Arg, HostRefs, type Value } from "../../src/wast/values.js";
import { watToModule } from "../../src/wat2wasm.js";

function instantiate(text: string): { model: Module; exports: WebAssembly.Exports } {
  const model = watToModule(text);
  return { model, exports: new WebAssembly.Instance(compile(encode(model))).exports };
}

function exported<T extends Func | Global>(model: Module, name: string): T {
  return model.exports.find((e) => e.name === name)!.target as T;
}

const adapters = new Adapters();

function call(text: string, name: string, args: Arg[]): Value[] {
  const { model, exports } = instantiate(text);
  return adapters.call(model, exported<Func>(model, name), exports[name] as CallableFunction & WebAssembly.ImportValue)(args);
}

const bytes = (...b: number[]) => new Uint8Array(b);

describe("call adapters", () => {
  it("keep a signalling NaN's payload, which a JS number would lose", () => {
    const text = '(module (func (export "f") (result f32) (f32.const nan:0x200000)))';
    expect(call(text, "f", [])).toEqual([{ kind: "num", type: "f32", bytes: bytes(0, 0, 0xa0, 0x7f) }]);
  });

  it("pass and return v128", () => {
    const text = '(module (func (export "f") (param v128) (result v128) (i32x4.add (local.get 0) (local.get 0))))';
    const arg = bytes(1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f);
    expect(call(text, "f", [{ kind: "num", type: "v128", bytes: arg }])).toEqual([
      { kind: "num", type: "v128", bytes: bytes(2, 0, 0, 0, 4, 0, 0, 0, 6, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff) },
    ]);
  });

  it("pass i64 and return several results in order", () => {
    const text = `(module (func (export "f") (param i64 i32) (result i32 i64 f64)
      (local.get 1) (i64.add (local.get 0) (i64.const 1)) (f64.const -0)))`;
    const args: Arg[] = [
      { kind: "num", type: "i64", bytes: bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f) },
      { kind: "num", type: "i32", bytes: bytes(7, 0, 0, 0) },
    ];
    expect(call(text, "f", args)).toEqual([
      { kind: "num", type: "i32", bytes: bytes(7, 0, 0, 0) },
      { kind: "num", type: "i64", bytes: bytes(0, 0, 0, 0, 0, 0, 0, 0x80) },
      { kind: "num", type: "f64", bytes: bytes(0, 0, 0, 0, 0, 0, 0, 0x80) },
    ]);
  });

  it("pass references as JS values and class the results", () => {
    const host = new HostRefs().get(1);
    const text = `(module (elem declare func 0)
      (func (export "f") (param externref) (result externref funcref externref)
        (local.get 0) (ref.func 0) (ref.null extern)))`;
    const [echoed, func, none] = call(text, "f", [{ kind: "ref", value: host }]);
    expect(echoed).toEqual({ kind: "ref", class: "extern", value: host });
    expect(func).toMatchObject({ kind: "ref", class: "func" });
    expect(typeof (func as { value: unknown }).value).toBe("function");
    expect(none).toEqual({ kind: "ref", class: "null", value: null });
  });

  it("let traps through as the engine's RuntimeError", () => {
    expect(() => call('(module (func (export "f") (unreachable)))', "f", [])).toThrow(WebAssembly.RuntimeError);
  });

  it("refuse arguments of the wrong type", () => {
    const text = '(module (func (export "f") (param i32)))';
    expect(() => call(text, "f", [{ kind: "num", type: "i64", bytes: new Uint8Array(8) }])).toThrow("argument 1 is i64");
  });
});

describe("global adapters", () => {
  it("read a v128 global and an f64 NaN payload", () => {
    const text = `(module (global (export "v") v128 (v128.const i64x2 1 -1))
      (global (export "n") (mut f64) (f64.const -nan:0x1)))`;
    const { model, exports } = instantiate(text);
    const v = adapters.get(model, exported<Global>(model, "v"), exports.v as WebAssembly.Global);
    const n = adapters.get(model, exported<Global>(model, "n"), exports.n as WebAssembly.Global);
    expect(v).toEqual({ kind: "num", type: "v128", bytes: bytes(1, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff) });
    expect(n).toEqual({ kind: "num", type: "f64", bytes: bytes(1, 0, 0, 0, 0, 0, 0xf0, 0xff) });
  });
});
