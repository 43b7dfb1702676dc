/**
 * The shortcut for a wide module field or function header
 * (`src/print/format/field-layout.ts`) lays it out exactly as the
 * formatter's documents do, at every depth below the indentation cap,
 * width and tail of closing parentheses, and declines every other shape.
 * On every line the printer writes for the spec testsuite's modules, at
 * several widths, it agrees with the formatter wherever it answers.
 */
import { describe, expect, it } from "@jest/globals";
import { fieldLayout } from "../../../src/print/format/field-layout.js";
import { formatterLayout } from "../../../src/print/format/relayout.js";
import { wasm2wat } from "../../../src/wasm2wat.js";
import { wat2wasm } from "../../../src/wat2wasm.js";
import { commandModule, readSpecFile, specFileNames, textOf } from "../../helpers/spec-suite.js";

const FIELDS = [
  '(import "spectest" "print_i32" (func $print_i32 (;2;) (type $func_i32) (param i32)))',
  `(data (;0;) (i32.const 0) "${"\\00".repeat(16)}\\f4\\7f\\01\\00")`,
  `(data $d (;1;) (memory $m) (i32.const 0) "${"\\00".repeat(40)}")`, // a string wider than any line
  "(type (;5;) (struct (field i8) (field i16) (field i32) (field i64) (field f32) (field f64) (field anyref) (field funcref) (field (ref 0))))", // a group inside
  "(type (;1;) (func (param funcref externref (ref func) (ref extern) (ref $t) (ref $t) (ref null $t)) (result i32 i32)))", // groups inside groups
  "(elem $e (;0;) (ref $bvec) (array.new $bvec (i32.const 7) (i32.const 3)) (array.new_fixed $bvec 2 (i32.const 1) (i32.const 2)))",
  "(global $g_arr8_mut (;1;) (mut (ref $arr8_mut)) i32.const 12 array.new_default $arr8_mut)",
  "(elem (;0;) (table $t) (i32.const 0) func $f0 $f1 $f2 $f3 $f4 $f5 $f6 $f7 $f8 $f9 $f10 $f11)",
  "(func $complex-sig-4 (;5;) (type $complex-sig-duplicate) (param i64 i64 f64 i64 f64 i64 f32 i32))",
  '(export "a rather long export name for the width" (func $a_function_with_a_long_name))',
  `(elem (;0;) (i32.const 1) func ${Array.from({ length: 300 }, (_, k) => (k * 7919) % 6000).join(" ")})`, // indices filled like words
  `(elem (;1;) declare func ${Array.from({ length: 40 }, (_, k) => `$f${k}`).join(" ")})`, // the head's words filled
  "(elem (;2;) func 1 2 3)", // too few words to fill
  `(type (;3;) (func (param ${"f32 i32 i64 ".repeat(12).trim()}) (result i32)))`, // a list's words filled
  `(local ${"i32 ".repeat(60)}i64 f64)`,
  "(local i32 (;comment;) i64)",
];

const HEADERS = [
  "(func $set_get (;3;) (type 5) (param $i i32) (param $v (ref $mvec)) (param $y f32) (result f32)",
  '(func $f (;0;) (export "run") (type 0) (param $from i64) (param $to i64) (param $expected i32) (result i64)',
];

const DECLINED: Array<[string, boolean]> = [
  ["(func $f (;0;) (type 0) i32.const 1)", false], // a body
  ["(global (;0;) i32 (i32.add (i32.const 1) (i32.mul (i32.const 2) (i32.const 3))))", false], // operands of operands
  ['(import "m" "f" (func (@name "f") (type 0)))', false], // an annotation
  ["(type (;0;) (func (param i32)) ;; note", false], // a line comment
  ['(data (;0;) "\u00e9")', false], // a character that may take two columns
  ["(block (result i32) (i32.const 1))", false], // not a module field
  ["(rec (type (;0;) (func)))", false], // a recursion group
  ["(func $f (type 0) (param i32)", false], // an open list where a field is whole
  ["(func $f (type 0) (param i32))", true], // a closed list where a header is open
  [`(type (;0;) ${"(sub ".repeat(40)}(func)${")".repeat(40)})`, false], // lists nested deeper than printed fields nest
  ["(data (;0;) (i32.const 0) \"abc\"", false], // unbalanced
  [`(global (;0;) i32 br_table ${"0 ".repeat(40)}1)`, false], // an instruction's words, continued one level deeper
  [`(local ${"i32 ".repeat(30)}"s")`, false], // a string among the words
  [`(elem (;0;) func 1 2 3 ${"(;x;) ".repeat(30)})`, false], // comments that are not index comments
];

describe("module fields and function headers laid out without documents", () => {
  for (const [texts, header] of [[FIELDS, false], [HEADERS, true]] as const) {
    for (const text of texts) {
      it(`lays out ${text} as the formatter does`, () => {
        let answered = 0;
        let tried = 0;
        for (const depth of [0, 1, 2, 5, 29]) {
          for (const width of [20, 40, 60, 80, 120, 400]) {
            for (const after of header ? [""] : ["", ")", ")))"]) {
              tried++;
              const fast = fieldLayout(text, depth, header, width, after);
              if (fast === undefined) continue;
              answered++;
              expect(fast).toBe(formatterLayout(text, depth, header, width, after));
            }
          }
        }
        // A line too wide even for a segment on its own is the formatter's.
        expect(answered).toBeGreaterThan(tried / 4);
        expect(fieldLayout(text, 1, header, 80, "")).toBeDefined();
      });
    }
  }

  for (const [text, header] of DECLINED) {
    it(`leaves ${text} to the formatter`, () => {
      expect(fieldLayout(text, 1, header, 30, "")).toBeUndefined();
    });
  }
});

/** The lines of the spec modules as printed with no width to break them at, each with its depth. */
function printedLines(): Array<{ text: string; depth: number }> {
  const out: Array<{ text: string; depth: number }> = [];
  for (const name of specFileNames()) {
    const { source, script } = readSpecFile(name);
    for (const command of script.commands) {
      const module = commandModule(command);
      if (module === undefined || module.kind !== "module") continue;
      let printed: string;
      try {
        printed = wasm2wat(wat2wasm(textOf(source, module), { features: "all" }), { printWidth: Number.MAX_SAFE_INTEGER });
      } catch {
        continue;
      }
      for (const line of printed.split("\n")) {
        const text = line.trimStart();
        if (text.startsWith("(")) out.push({ text, depth: (line.length - text.length) / 2 });
      }
    }
  }
  return out;
}

describe("on the spec testsuite's printed lines", () => {
  it("agrees with the formatter wherever it answers", () => {
    const disagreements: string[] = [];
    let answered = 0;
    for (const { text, depth } of printedLines()) {
      for (const header of [false, true]) {
        for (const width of [40, 80]) {
          const fast = fieldLayout(text, depth, header, width, "");
          if (fast === undefined) continue;
          answered++;
          if (fast !== formatterLayout(text, depth, header, width, "")) disagreements.push(`${header ? "header " : ""}width ${width}: ${text}`);
        }
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(answered).toBeGreaterThan(10000);
  });
});
