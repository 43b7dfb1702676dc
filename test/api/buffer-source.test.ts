/**
 * Every public function taking bytes takes any BufferSource, reading exactly
 * the bytes it covers (byteOffset and byteLength respected), and refuses
 * anything else with an ArgumentError: no answer about input it did not read.
 */
import { describe, expect, it } from "@jest/globals";
import { addData, injectData } from "../../src/api/rewrite.js";
import { ArgumentError, decode, parseModule, validate, wasm2wat, wasm2watStream, wat2wasm, WasmDecodeError, WatkitError } from "../../src/index.js";

const module = wat2wasm('(module (func (export "f") (param i32) (local i32)))');

/** The same bytes in every BufferSource shape, each a view into a larger buffer with garbage around it. */
function shapes(bytes: Uint8Array): Array<[string, ArrayBufferLike | ArrayBufferView]> {
  // Even length and offsets so that 16-bit views fit.
  const padded = bytes.length + (bytes.length % 2);
  const backing = new Uint8Array(padded + 8).fill(0xee);
  backing.set(bytes, 4);
  const buffer = backing.buffer;
  const own = bytes.slice().buffer;
  const shaped: Array<[string, ArrayBufferLike | ArrayBufferView]> = [
    ["Uint8Array", new Uint8Array(buffer, 4, bytes.length)],
    ["Buffer", Buffer.from(buffer, 4, bytes.length)],
    ["ArrayBuffer", own],
    ["DataView", new DataView(buffer, 4, bytes.length)],
    ["Int8Array", new Int8Array(buffer, 4, bytes.length)],
    ["Uint8ClampedArray", new Uint8ClampedArray(buffer, 4, bytes.length)],
  ];
  if (bytes.length % 2 === 0) shaped.push(["Uint16Array", new Uint16Array(buffer, 4, bytes.length / 2)]);
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  shaped.push(["SharedArrayBuffer", shared]);
  return shaped;
}

describe("any BufferSource is read as the bytes it covers", () => {
  const text = wasm2wat(module);
  it.each(shapes(module))("%s", (_, input) => {
    expect(decode(input).funcs).toHaveLength(1);
    expect(validate(input)).toEqual({ valid: true, errors: [] });
    expect(wasm2wat(input)).toBe(text);
    const chunks: Uint8Array[] = [];
    wasm2watStream(input, {}, (chunk) => chunks.push(chunk.slice()));
    expect(Buffer.concat(chunks).toString("utf8")).toBe(text);
  });

  it.each(shapes(Uint8Array.from([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0])))("garbage in a %s is reported, never valid", (_, input) => {
    expect(validate(input).valid).toBe(false);
    expect(() => decode(input)).toThrow(WasmDecodeError);
  });

  it("bytes added to a module", () => {
    const m = parseModule("(module (memory 1))");
    expect(addData(m, new Uint16Array([0x0201]), "passive").bytes).toEqual(Uint8Array.from([1, 2]));
    expect(injectData(m, new DataView(Uint8Array.from([7, 8, 9]).buffer, 1), { name: "blob" }).length).toBe(2);
  });
});

describe("what is not a BufferSource is an ArgumentError", () => {
  const notBytes: unknown[] = [undefined, null, 42, "\0asm", {}, [0, 0x61, 0x73, 0x6d], { buffer: new ArrayBuffer(8) }];
  it.each(notBytes.map((v) => [v]))("%p", (input) => {
    const calls: Array<[string, () => unknown]> = [
      ["decode", () => decode(input as Uint8Array)],
      ["wasm2wat", () => wasm2wat(input as Uint8Array)],
      ["wasm2watStream", () => wasm2watStream(input as Uint8Array, {}, () => undefined)],
    ];
    for (const [fn, call] of calls) {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(`${fn}: bytes must be a BufferSource`);
    }
  });

  it("names what it was given instead, with the article its name takes", () => {
    expect(() => wasm2wat([0, 97, 115, 109] as unknown as Uint8Array)).toThrow(/, not an Array$/);
    expect(() => wasm2wat(new Map() as unknown as Uint8Array)).toThrow(/, not a Map$/);
    expect(() => wasm2wat(Object.create(null) as Uint8Array)).toThrow(/, not an object$/);
  });

  it("validate takes bytes, a Module or text, and nothing else", () => {
    for (const input of [undefined, null, 42, {}, [1, 2]]) {
      expect(() => validate(input as Uint8Array)).toThrow(ArgumentError);
      expect(() => validate(input as Uint8Array)).toThrow(/^validate: input must be a BufferSource, a Module or text/);
    }
    expect(validate("(module (func (result i32) i64.const 1))").valid).toBe(false);
    expect(validate(parseModule("(module)")).valid).toBe(true);
  });

  it("an ArgumentError is a WatkitError naming the function and the argument", () => {
    let error: unknown;
    try {
      decode(7 as unknown as Uint8Array);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WatkitError);
    expect(error).toMatchObject({ name: "ArgumentError", fn: "decode", argument: "bytes" });
  });
});
