/**
 * Parity with wasm-language-tools: for each kind of example its lint
 * documentation gives, the mapped watkit rule reports the same places
 * (1-based line and column, end exclusive): an unnamed field at its
 * keyword, a named one at its id, a shadowed label at the outer label, the
 * `mut` keyword, the whole second module, and the instructions that never run.
 */
import { describe, expect, it } from "@jest/globals";
import { lint } from "../../src/lint/lint.js";

type Place = [line: number, column: number, endLine: number, endColumn: number];

const CASES: { wlt: string; rule: string; text: string; places: Place[] }[] = [
  {
    wlt: "unused",
    rule: "no-unused",
    text: `(module
  (func)
  (func $helper)
  (global f32
    f32.const 0)
  (global $limit f32
    f32.const 1))`,
    places: [
      [2, 4, 2, 8],
      [3, 9, 3, 16],
      [4, 4, 4, 10],
      [6, 11, 6, 17],
    ],
  },
  { wlt: "unused ($_ prefix)", rule: "no-unused", text: "(module\n  (func $_)\n  (func $_later))", places: [] },
  {
    wlt: "shadow",
    rule: "no-shadowed-label",
    text: `(module
  (func
    (block $exit
      (block $exit
        br $exit))))`,
    places: [[3, 12, 3, 17]],
  },
  { wlt: "multiModules", rule: "single-module", text: "(module)\n(module)", places: [[2, 1, 2, 9]] },
  {
    wlt: "unreachable",
    rule: "no-unreachable",
    text: `(module
  (func
    (loop
      br 0)
    nop)
  (func
    return
    nop))`,
    places: [
      [5, 5, 5, 8],
      [8, 5, 8, 8],
    ],
  },
  {
    wlt: "needlessMut (global)",
    rule: "no-needless-mut",
    text: `(module
  (global (mut i64)
    i64.const 0)
  (func (result i64)
    global.get 0))`,
    places: [[2, 12, 2, 15]],
  },
  {
    wlt: "needlessMut (struct field, array element)",
    rule: "no-needless-mut",
    text: `(module
  (type $vec (array (mut i32)))
  (type $pair (struct (field (mut i32))))
  (func (param (ref $vec) (ref $pair)) (result i32 i32)
    local.get 0
    i32.const 0
    array.get $vec
    local.get 1
    struct.get $pair 0))`,
    places: [
      [2, 22, 2, 25],
      [3, 31, 3, 34],
    ],
  },
];

describe("lint: wasm-language-tools parity", () => {
  for (const c of CASES) {
    it(`${c.wlt} -> ${c.rule}`, () => {
      const result = lint(c.text, { config: { rules: { [c.rule]: "warn" } } });
      expect(result.messages.map((m): Place => [m.line, m.column, m.endLine!, m.endColumn!])).toEqual(c.places);
    });
  }

  it("implicitModule -> no-implicit-module", () => {
    const result = lint("(func)\n(global i32\n  i32.const 0)", { config: { rules: { "no-implicit-module": "warn" } } });
    expect(result.messages.map((m) => m.ruleId)).toEqual(["no-implicit-module"]);
    expect(lint("(func)", { config: { rules: { "no-implicit-module": "allow" } } }).messages).toEqual([]);
  });
});
