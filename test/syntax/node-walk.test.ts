/** Walking the instruction nodes of a text's body in the order of the text, without recursion per level. */
import { describe, expect, it } from "@jest/globals";
import type { FuncField, InstrNode } from "../../src/syntax/ast.js";
import { forEachInstrNode } from "../../src/syntax/node-walk.js";
import { parseWat } from "../../src/syntax/parse.js";

function bodyOf(code: string): InstrNode[] {
  const command = parseWat(`(module (tag $e) (func (param i32) (result i32) ${code}))`).commands[0];
  if (command.kind !== "module" || command.module.kind !== "module") throw new Error("expected a module");
  return (command.module.fields.find((f) => f.kind === "func") as FuncField).body;
}

const CODE = `(if (result i32) (i32.eqz (local.get 0)) (then (i32.const 1)) (else (i32.const 2)))
  (try (do (i32.const 3) drop) (catch $e (nop)) (catch_all (nop)))
  (i32.add (i32.const 4) (i32.const 5)) drop`;

const walked = (options?: { operands?: boolean }): string[] => {
  const seen: string[] = [];
  forEachInstrNode(bodyOf(CODE), (node) => seen.push(node.op.name === "i32.const" ? "const" : node.op.name), options);
  return seen;
};

describe("forEachInstrNode", () => {
  it("visits in the order of the text: a node, its operands or condition, body, else, handlers", () => {
    expect(walked()).toEqual(["if", "i32.eqz", "local.get", "const", "const", "try", "const", "drop", "nop", "nop", "i32.add", "const", "const", "drop"]);
  });

  it("with operands: false, leaves out folded operands and a folded if's condition", () => {
    expect(walked({ operands: false })).toEqual(["if", "const", "const", "try", "const", "drop", "nop", "nop", "i32.add", "drop"]);
  });

  it("gives each node with the sequence that holds it", () => {
    const body = bodyOf(CODE);
    const holders = new Map<string, readonly InstrNode[]>();
    forEachInstrNode(body, (node, seq) => holders.set(node.op.name, seq));
    expect(holders.get("i32.add")).toBe(body);
    expect(holders.get("local.get")).not.toBe(body);
  });

  it("walks 200 000 nested flat blocks", () => {
    let count = 0;
    forEachInstrNode(bodyOf(`${"block ".repeat(200_000)}${"end ".repeat(200_000)} i32.const 0`), () => count++);
    expect(count).toBe(200_001);
  });
});
