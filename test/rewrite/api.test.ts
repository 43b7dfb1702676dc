/** The pass API: rewrite steps, the visitor, builders, WAT snippets resolved against a module. */
import { describe, expect, it } from "@jest/globals";
import { addData, addElem, addExport, addFunc, addGlobal, addImportFunc, addMemory, addTable, addWat, funcType, rewrite, visit } from "../../src/rewrite/index.js";
import { op } from "../../src/module/build.js";
import { PassError } from "../../src/rewrite/pass.js";
import { SnippetError } from "../../src/rewrite/errors.js";
import { checked, fn, instantiate, mod } from "./helpers.js";

const ADDER = `(module
  (global $bias i32 (i32.const 100))
  (func $add (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "f") (param i32) (result i32) local.get 0 i32.const 2 call $add))`;

describe("rewrite(module, steps)", () => {
  it("runs named passes with arguments and plain functions, in order", () => {
    const m = mod(ADDER);
    const order: string[] = [];
    const out = rewrite(m, ["add-export=$add", (x) => void order.push(`fn ${x.exports.length}`), { pass: "rename", arg: "export:add=plus" }]);
    expect(order).toEqual(["fn 2"]);
    expect(out.exports.map((e) => e.name)).toEqual(["f", "plus"]);
    expect(fn(instantiate(out), "plus")(3, 4)).toBe(7);
  });

  it("rejects an unknown pass and a bad argument with the pass's name", () => {
    expect(() => rewrite(mod(ADDER), ["nope"])).toThrow(PassError);
    expect(() => rewrite(mod(ADDER), ["dce=1"])).toThrow("pass dce: takes no argument");
    expect(() => rewrite(mod(ADDER), ["add-export=$missing"])).toThrow("pass add-export: no func $missing");
  });
});

describe("visit", () => {
  it("replaces, inserts and removes instructions, inside nested blocks too", () => {
    const m = mod(`(module (func (export "f") (param i32) (result i32)
      (block (result i32) (i32.add (local.get 0) (i32.const 1)))
      nop))`);
    visit(m, {
      instr(ins, ctx) {
        if (ins.op.name === "i32.add") ctx.replace({ op: op("i32.mul") });
        if (ins.op.name === "nop") ctx.remove();
        if (ins.op.name === "i32.const") ctx.insertAfter({ op: op("i32.const"), i32: 10 }, { op: op("i32.add") });
      },
    });
    // (x * (1 + 10))
    expect(fn(instantiate(m), "f")(3)).toBe(33);
  });

  it("gives the function being visited and can skip bodies", () => {
    const m = mod(`(module (func $a nop) (func $b nop))`);
    const seen: string[] = [];
    visit(m, { func: (f) => f.name !== "b", instr: (_, ctx) => void seen.push(ctx.func.name!) });
    expect(seen).toEqual(["a"]);
  });
});

describe("builders", () => {
  it("add functions, globals, exports and data that run", () => {
    const m = mod(`(module (memory 1))`);
    const g = addGlobal(m, { name: "g", type: "i32", mutable: true, init: [{ op: op("i32.const"), i32: 5 }] });
    const memory = m.memories[0];
    addData(m, new TextEncoder().encode("hi"), { memory, offset: 16 });
    addFunc(m, {
      params: ["i32"],
      results: ["i32"],
      exports: ["get"],
      body: (f) => [
        { op: op("local.get"), local: f.params[0] },
        { op: op("i32.load8_u"), memarg: { memory, align: 0, offset: 0n } },
        { op: op("global.get"), global: g },
        { op: op("i32.add") },
      ],
    });
    addExport(m, "memory", memory);
    expect(fn(instantiate(m), "get")(16)).toBe("h".charCodeAt(0) + 5);
  });

  it("add imports, memories, tables and element segments that run", () => {
    const m = mod(`(module (func $seven (result i32) (i32.const 7)) (func $eight (result i32) (i32.const 8)))`);
    const host = addImportFunc(m, { module: "host", name: "get" }, [], ["i32"], "host-get");
    const memory = addMemory(m, { name: "mem", min: 1, max: 2 });
    addExport(m, "mem", memory);
    const table = addTable(m, 3);
    addElem(m, [m.funcs[0], m.funcs[1], host], { table, offset: 0 });
    const sig = funcType(m, [], ["i32"]);
    addFunc(m, {
      params: ["i32"],
      results: ["i32"],
      exports: ["pick"],
      body: (f) => [{ op: op("local.get"), local: f.params[0] }, { op: op("call_indirect"), type: sig, table }],
    });
    const instance = instantiate(m, { host: { get: () => 9 } });
    expect([0, 1, 2].map((i) => fn(instance, "pick")(i))).toEqual([7, 8, 9]);
    expect((instance.exports.mem as WebAssembly.Memory).buffer.byteLength).toBe(65536);
  });

  it("reuses a function type that is already there", () => {
    const m = mod(ADDER);
    const before = m.types.length;
    funcType(m, ["i32", "i32"], ["i32"]);
    expect(m.types.length).toBe(before);
    funcType(m, ["f64"], []);
    expect(m.types.length).toBe(before + 1);
  });

  it("refuse a second export of one name", () => {
    const m = mod(ADDER);
    expect(() => addExport(m, "f", m.funcs[0])).toThrow('export "f" already exists');
  });
});

describe("addWat", () => {
  it("resolves names and indices of the module's entities", () => {
    const m = mod(ADDER);
    const added = addWat(m, `(func $twice (export "twice") (param i32) (result i32)
        (call $add (local.get 0) (local.get 0)))
      (func (export "biased") (result i32) (call 0 (global.get $bias) (i32.const 1)))`);
    expect(added.funcs.map((f) => f.name)).toEqual(["twice", undefined]);
    const instance = instantiate(m);
    expect(fn(instance, "twice")(21)).toBe(42);
    expect(fn(instance, "biased")()).toBe(101);
    expect(fn(instance, "f")(1)).toBe(3);
  });

  it("reuses the module's function types for type uses", () => {
    const m = mod(ADDER);
    const before = m.types.length;
    addWat(m, `(func (param i32 i32) (result i32) local.get 0)`);
    expect(m.types.length).toBe(before);
    checked(m);
  });

  it("lets a snippet's definition shadow a module name", () => {
    const m = mod(ADDER);
    const added = addWat(m, `(func $add (param i32 i32) (result i32) local.get 0 local.get 1 i32.sub)`);
    expect(added.funcs[0].name).toBe("add");
    checked(m);
  });

  it("reports an unknown name at its place in the snippet", () => {
    const m = mod(ADDER);
    let error: unknown;
    try {
      addWat(m, `(func\n  call $nothing)`);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SnippetError);
    expect(error).toMatchObject({ file: "<snippet>", line: 2, column: 8, message: "<snippet>:2:8: unknown function $nothing" });
  });
});

describe("visit on deep code", () => {
  it("visits code nested 50,000 blocks deep", () => {
    const depth = 50000;
    const m = mod(`(module (func (export "f") (result i32) ${"block ".repeat(depth)}${"end ".repeat(depth)} nop i32.const 1))`);
    let blocks = 0;
    visit(m, { instr: (ins, ctx) => (ins.op.name === "block" ? blocks++ : ins.op.name === "nop" && ctx.replace({ op: op("i32.const"), i32: 2 }, { op: op("drop") })) });
    expect(blocks).toBe(depth);
    expect(m.funcs[0].body.map((i) => i.op.name)).toEqual(["block", "i32.const", "drop", "i32.const"]);
  });
});
