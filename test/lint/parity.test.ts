/**
 * Parity with wasm-language-tools: every example its lint documentation
 * (`docs/config/lint.md`, `docs/diagnostics/unread.md`) marks with places
 * reports exactly those places under the mapped watkit rule (1-based line
 * and column, end exclusive), and the examples it gives as not reported
 * report nothing. Two lints have no marked example: `implicitModule`
 * (its checker reports the whole run of top-level fields) and
 * `omittedIdxInInstr` (its checker reports the mnemonic); their cases
 * follow what the checkers report. wasm-language-tools' `unread` is
 * liveness over the control flow: watkit's `no-unread-local` with
 * `deadStores` (without it, only locals read nowhere are reported).
 */
import { describe, expect, it } from "@jest/globals";
import { lint } from "../../src/lint/lint.js";

type Place = [line: number, column: number, endLine: number, endColumn: number];

const CASES: { wlt: string; rule: string; options?: unknown[]; text: string; places: Place[] }[] = [
  {
    wlt: "unused",
    rule: "no-unused",
    text: `(module
  (func)
  (func $f)
  (global i32
    i32.const 0)
  (global $g i32
    i32.const 0))`,
    places: [
      [2, 4, 2, 8],
      [3, 9, 3, 11],
      [4, 4, 4, 10],
      [6, 11, 6, 13],
    ],
  },
  { wlt: "unused ($_ prefix)", rule: "no-unused", text: "(module\n  (func $_)\n  (func $_f))", places: [] },
  {
    wlt: "unread",
    rule: "no-unread-local",
    options: [{ deadStores: true }],
    text: `(module
  (func (result i32) (local i32)
    (local.set 0 (i32.const 1))
    (local.set 0 (i32.const 2))
    (local.get 0)))`,
    places: [[3, 16, 3, 17]],
  },
  {
    wlt: "unread (never read)",
    rule: "no-unread-local",
    options: [{ deadStores: true }],
    text: `(module
  (func
    (local i32)
    i32.const 1
    local.set 0)
  (func (result i32)
    (local i32)
    (local.set 0
      (i32.const 0))
    (local.set 0
      (i32.const 1))
    (local.get 0)))`,
    places: [
      [5, 15, 5, 16],
      [8, 16, 8, 17],
    ],
  },
  {
    wlt: "unread (set after the last get)",
    rule: "no-unread-local",
    options: [{ deadStores: true }],
    text: `(module
  (func
    (local i32)
    (local.set 0
      (i32.const 1))
    (drop
      (local.get 0))
    (local.set 0
      (i32.const 0))))`,
    places: [[8, 16, 8, 17]],
  },
  {
    wlt: "shadow",
    rule: "no-shadowed-label",
    text: `(module
  (func
    (block $label
      (block $label
        br $label))))`,
    places: [[3, 12, 3, 18]],
  },
  {
    wlt: "shadow (siblings)",
    rule: "no-shadowed-label",
    text: `(module
  (func
    (block $label
      br $label)
    (block $label
      br $label)))`,
    places: [],
  },
  {
    wlt: "implicitModule",
    rule: "no-implicit-module",
    text: "(func)\n(global i32\n  i32.const 0)",
    places: [[1, 1, 3, 15]],
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
    wlt: "deprecated",
    rule: "no-deprecated",
    text: `(module
  (@deprecated)
  (func $func)
  (func
    call $func))`,
    places: [[5, 10, 5, 15]],
  },
  {
    wlt: "needlessMut (global)",
    rule: "no-needless-mut",
    text: `(module
  (global (mut i32)
    i32.const 0)
  (func (result i32)
    global.get 0))`,
    places: [[2, 12, 2, 15]],
  },
  {
    wlt: "needlessMut (struct field, array element)",
    rule: "no-needless-mut",
    text: `(module
  (type $array (array (mut i32)))
  (type $struct (struct (field (mut i32))))
  (func (param (ref $array) (ref $struct)) (result i32 i32)
    local.get 0
    i32.const 0
    array.get $array
    local.get 1
    struct.get $struct 0))`,
    places: [
      [2, 24, 2, 27],
      [3, 33, 3, 36],
    ],
  },
  {
    wlt: "needlessTryTable",
    rule: "no-needless-try-table",
    text: `(module
  (tag)
  (func
    try_table
      throw 0
    end))`,
    places: [[4, 5, 4, 14]],
  },
  {
    wlt: "uselessCatch (same tag twice)",
    rule: "no-useless-catch",
    text: `(module
  (tag $e)
  (func
    block
      try_table (catch 0 0) (catch $e 1)
      end
    end))`,
    places: [[5, 29, 5, 41]],
  },
  {
    wlt: "uselessCatch (after catch_all)",
    rule: "no-useless-catch",
    text: `(module
  (tag $e)
  (func
    block
      try_table (catch_all 0) (catch $e 1)
      end
    end))`,
    places: [[5, 31, 5, 43]],
  },
  {
    wlt: "omittedIdxInInstr",
    rule: "explicit-memory-table-index",
    text: `(module
  (memory 1)
  (table 1 funcref)
  (func (result i32 i32)
    i32.const 0
    f64.load
    drop
    memory.size
    table.size))`,
    places: [
      [6, 5, 6, 13],
      [8, 5, 8, 16],
      [9, 5, 9, 15],
    ],
  },
];

describe("lint: wasm-language-tools parity", () => {
  for (const c of CASES) {
    it(`${c.wlt} -> ${c.rule}`, () => {
      const result = lint(c.text, { config: { rules: { [c.rule]: ["warn", ...(c.options ?? [])] } } });
      expect(result.messages.filter((m) => m.fatal)).toEqual([]);
      expect(result.messages.map((m): Place => [m.line, m.column, m.endLine!, m.endColumn!])).toEqual(c.places);
    });
  }

  it("a lint set to wasm-language-tools' allow reports nothing", () => {
    expect(lint("(func)", { config: { rules: { "no-implicit-module": "allow" } } }).messages).toEqual([]);
  });
});
