/** add-export and rename: new exports of existing entities, new names for exports, imports and entities. */
import { describe, expect, it } from "@jest/globals";
import { rename, rewrite } from "../../../src/rewrite/index.js";
import { encode } from "../../../src/binary/encode.js";
import { decode } from "../../../src/binary/decode.js";
import { checked, exportNames, fn, importNames, instantiate, mod } from "../helpers.js";

const M = `(module
  (import "go" "log" (func $log (param i32)))
  (import "go" "now" (func $now (result f64)))
  (memory $mem 1)
  (global $count (mut i32) (i32.const 3))
  (func $inc (result i32) (global.set $count (i32.add (global.get $count) (i32.const 1))) (global.get $count))
  (func $hidden (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))
  (func (export "main") (call $log (call $inc))))`;

describe("add-export", () => {
  it("exports functions by $name or index, and other kinds with a kind prefix", () => {
    const m = mod(M);
    rewrite(m, ["add-export=$hidden,2=increment,global:$count=count,memory:0=memory"]);
    const bytes = checked(m);
    expect(exportNames(bytes)).toEqual(["main", "hidden", "increment", "count", "memory"]);
    const instance = instantiate(m, { go: { log: () => {}, now: () => 0 } });
    expect(fn(instance, "hidden")(7)).toBe(49);
    expect(fn(instance, "increment")()).toBe(4);
    expect((instance.exports.count as WebAssembly.Global).value).toBe(4);
  });

  it("refuses a taken export name, an unnamed entity without a name, and an unknown entity", () => {
    expect(() => rewrite(mod(M), ["add-export=$inc=main"])).toThrow('export "main" already exists');
    expect(() => rewrite(mod(M), ["add-export=4"])).toThrow("has no name");
    expect(() => rewrite(mod(M), ["add-export=table:0"])).toThrow("no table 0");
  });
});

describe("rename", () => {
  it("renames exports, import modules, single imports and entity names", () => {
    const m = mod(M);
    rewrite(m, ["rename=export:main=start,module:go=gojs,import:gojs.now=env.clock,func:$hidden=square,global:0=counter"]);
    const bytes = checked(m);
    expect(exportNames(bytes)).toEqual(["start"]);
    expect(importNames(bytes)).toEqual(["gojs.log", "env.clock"]);
    const names = decode(encode(m)).funcs.map((f) => f.name);
    expect(names).toContain("square");
    expect(decode(bytes).globals[0].name).toBe("counter");
    let logged = 0;
    const instance = instantiate(m, { gojs: { log: (x: number) => (logged = x) }, env: { clock: () => 0 } });
    fn(instance, "start")();
    expect(logged).toBe(4);
  });

  it("refuses a name that is not there and an unknown kind", () => {
    expect(() => rename(mod(M), { kind: "export", from: "nope", to: "x" })).toThrow('no export "nope"');
    expect(() => rewrite(mod(M), ["rename=module:env=x"])).toThrow('no import from module "env"');
    expect(() => rewrite(mod(M), ["rename=thing:a=b"])).toThrow('unknown kind "thing"');
    expect(() => rewrite(mod(M), ["rename=export:main=main2,export:main2=main2"])).toThrow();
  });
});
