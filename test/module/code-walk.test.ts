/** Walking the instructions of a body: every one, nested ones included, without recursion per level. */
import { describe, expect, it } from "@jest/globals";
import { forEachInstr, forEachInstrInOrder } from "../../src/module/code-walk.js";
import type { Instr } from "../../src/module/model.js";
import { watToModule } from "../../src/wat2wasm.js";

const body = (code: string): Instr[] => watToModule(`(module (tag $e) (func (param i32) ${code}))`).funcs[0].body;

const names = (walk: typeof forEachInstr, code: Instr[]): string[] => {
  const seen: string[] = [];
  walk(code, (ins) => seen.push(ins.op.name === "i32.const" ? `${ins.i32}` : ins.op.name));
  return seen;
};

const CODE = `i32.const 1 block i32.const 2 end local.get 0 if i32.const 3 else i32.const 4 end
  try i32.const 5 catch $e i32.const 6 catch_all i32.const 7 end i32.const 8 drop drop drop drop drop drop drop drop`;

describe("forEachInstrInOrder", () => {
  it("visits in the order of the code: an instruction, its body, else and handlers, then the next", () => {
    expect(names(forEachInstrInOrder, body(CODE))).toEqual([
      "1", "block", "2", "local.get", "if", "3", "4", "try", "5", "6", "7", "8", ...Array(8).fill("drop"),
    ]);
  });

  it("walks 200 000 nested blocks", () => {
    let count = 0;
    forEachInstrInOrder(body(`${"block ".repeat(200_000)}${"end ".repeat(200_000)}`), () => count++);
    expect(count).toBe(200_000);
  });
});

describe("forEachInstr", () => {
  it("visits each instruction once, each before those nested in it", () => {
    const seen = names(forEachInstr, body(CODE));
    expect([...seen].sort()).toEqual([...names(forEachInstrInOrder, body(CODE))].sort());
    expect(seen.indexOf("if")).toBeLessThan(seen.indexOf("3"));
    expect(seen.indexOf("try")).toBeLessThan(seen.indexOf("7"));
  });
});
