/**
 * What every rewrite test needs: text to Module, Module to checked bytes
 * (watkit's validator and V8 accept them, and decode -> encode gives them
 * back), instantiation.
 */
import { expect } from "@jest/globals";
import { decode } from "../../src/binary/decode.js";
import { encode } from "../../src/binary/encode.js";
import type { Module } from "../../src/module/model.js";
import { validate } from "../../src/validate/validate.js";
import { watToModule } from "../../src/wat2wasm.js";

export function mod(text: string): Module {
  return watToModule(text);
}

/** Encodes, and checks that the module and its bytes validate (watkit, V8) and survive a decode/encode round trip. */
export function checked(module: Module): Uint8Array<ArrayBuffer> {
  expect(validate(module).errors).toEqual([]);
  const bytes = encode(module) as Uint8Array<ArrayBuffer>;
  expect(validate(bytes).errors).toEqual([]);
  expect(WebAssembly.validate(bytes)).toBe(true);
  expect(Buffer.compare(Buffer.from(encode(decode(bytes))), Buffer.from(bytes))).toBe(0);
  return bytes;
}

export function instantiate(module: Module, imports: WebAssembly.Imports = {}): WebAssembly.Instance {
  return new WebAssembly.Instance(new WebAssembly.Module(checked(module)), imports);
}

export type Fn = (...args: (number | bigint)[]) => number | bigint;

export function fn(instance: WebAssembly.Instance, name: string): Fn {
  return instance.exports[name] as Fn;
}

/** Export names of encoded bytes as V8 sees them. */
export function exportNames(bytes: Uint8Array<ArrayBuffer>): string[] {
  return WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => e.name);
}

export function importNames(bytes: Uint8Array<ArrayBuffer>): string[] {
  return WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((e) => `${e.module}.${e.name}`);
}
