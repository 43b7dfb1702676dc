/** The spectest host module: what the reference interpreter defines, with exact types. */
import { describe, expect, it } from "@jest/globals";
import { compile } from "../../src/wast/engine.js";
import { engineFeatures } from "../../src/wast/features.js";
import { spectest } from "../../src/wast/spectest.js";
import { wat2wasm } from "../../src/wat2wasm.js";

const features = engineFeatures();

describe("spectest", () => {
  const printed: string[] = [];
  const host = spectest(features, (line) => printed.push(line));

  it("has globals of 666 and 666.6, immutable", () => {
    const g = (name: string) => host[name] as WebAssembly.Global;
    expect(g("global_i32").value).toBe(666);
    expect(g("global_i64").value).toBe(666n);
    expect(g("global_f32").value).toBe(Math.fround(666.6));
    expect(g("global_f64").value).toBe(666.6);
    expect(() => (g("global_i32").value = 1)).toThrow();
  });

  it("has a funcref table of 10 to 20 elements and a memory of 1 to 2 pages", () => {
    const table = host.table as WebAssembly.Table;
    expect(table.length).toBe(10);
    expect(() => table.grow(11)).toThrow(RangeError);
    const memory = host.memory as WebAssembly.Memory;
    expect(memory.buffer.byteLength).toBe(65536);
    expect(() => memory.grow(2)).toThrow(RangeError);
  });

  it("has table64 and shared_memory where the engine has memory64 and threads", () => {
    expect("table64" in host).toBe(features.has("memory64"));
    expect("shared_memory" in host).toBe(features.has("threads"));
    if (features.has("threads")) expect((host.shared_memory as WebAssembly.Memory).buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it("prints each value with its type", () => {
    (host.print_i32_f32 as (a: number, b: number) => void)(42, 1.5);
    (host.print_i64 as (a: bigint) => void)(-7n);
    expect(printed).toEqual(["42 : i32", "1.5 : f32", "-7 : i64"]);
  });

  it("links only imports of the print functions' exact types", () => {
    const importing = (type: string) =>
      compile(wat2wasm(`(module (import "spectest" "print_i32" (func ${type})))`));
    expect(() => new WebAssembly.Instance(importing("(param i32)"), { spectest: host })).not.toThrow();
    expect(() => new WebAssembly.Instance(importing("(param i64)"), { spectest: host })).toThrow(WebAssembly.LinkError);
  });
});
