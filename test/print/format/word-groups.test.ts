/**
 * The shortcuts for a folded instruction of word-only operands and for a
 * flat instruction of words (`src/print/format/word-groups.ts`) lay them
 * out exactly as the formatter's documents do, at every depth (below, at
 * and past the indentation cap), width and tail of closing parentheses,
 * and decline every other shape.
 */
import { describe, expect, it } from "@jest/globals";
import { formatterLayout } from "../../../src/print/format/relayout.js";
import { immediateListLine, wordGroupLayout, wordLineLayout } from "../../../src/print/format/word-groups.js";

const TAKEN = [
  "(i64.store (local.get 1) (i64.const 268435456))",
  "(i32.sub (local.get 1) (i32.const 8))",
  "(i64.load offset=152 align=4 (local.get 1))",
  "(call $runtime.morestack_noctxt (i32.const 0))",
  "(select (local.get 0) (local.get 1) (local.get 2))",
  "(i32.store8 offset=3 align=1 (local.get 0) (i32.const 255))",
];

const DECLINED = [
  "(i32.add (local.get 0) (i32.eqz (local.get 1)))", // a nested operand
  "(call_indirect (type 0) (i32.const 0) (local.get 0))", // an immediate list
  "(br_table 0 1 2 3 4 5 6 7 (local.get 0))", // labels filled like words
  "(i32.add (local.get $a_rather_long_local_name_that_widens_the_line) (i32.const 1))", // an operand filled like words
  "(block (result i32) (i32.const 1))", // a block
  "(data (;1;) (i32.const 0) \"abc\")", // not an instruction, a comment, a string
  "(i32.const 1)", // no operand
  "(i32.add (local.get 0) (local.get 1) i32.const)", // a word after an operand
  "i32.add",
];

describe("word groups laid out without documents", () => {
  for (const text of TAKEN) {
    it(`lays out ${text} as the formatter does`, () => {
      for (const depth of [0, 1, 5, 30, 31, 32, 33, 100]) {
        for (const width of [20, 60, 80, 120]) {
          for (const after of ["", ")", ")))"]) {
            const fast = wordGroupLayout(text, depth, width, after);
            expect(fast).toBeDefined();
            expect(fast).toBe(formatterLayout(text, depth, false, width, after));
          }
        }
      }
    });
  }

  for (const text of DECLINED) {
    it(`leaves ${text} to the formatter`, () => {
      expect(wordGroupLayout(text, 40, 20, "")).toBeUndefined();
    });
  }
});

const labels = (count: number, spell: (k: number) => string): string => Array.from({ length: count }, (_, k) => spell(k)).join(" ");

const LINES = [
  `br_table ${labels(3000, (k) => String(k % 7))}`,
  `br_table ${labels(60, (k) => String(k * 997))}`,
  `br_table ${labels(40, (k) => `$label_${"x".repeat(k % 13)}${k}`)}`,
  "i32.load offset=4294967295 align=1",
  "i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15",
  "v128.const i32x4 0x7fffffff 0x80000000 0xffffffff 0x00000001",
  "call $a_function_name_far_wider_than_any_print_width_of_the_tests_that_follow_it",
  "drop",
];

const NOT_LINES = [
  "block $l (result i32)", // opens a block
  "end $l", // closes one
  "else", // continues one
  "i32.const 1 drop", // two instructions
  '(br_table 0 1 2 3 4 5 6 7 8 9)', // a list
  'data "abc" 0 1 2 3 4 5', // not an instruction, a string
  "br_table 0 1 2 ;; 3", // a comment
  "br_table 0  1 2 3 4 5 6", // not printed spacing
];

describe("flat instructions of words laid out without documents", () => {
  for (const text of LINES) {
    it(`lays out ${text.slice(0, 60)} as the formatter does`, () => {
      for (const depth of [0, 1, 4, 31, 32, 33, 100]) {
        for (const width of [20, 40, 80, 120]) {
          for (const after of ["", ")"]) {
            const fast = wordLineLayout(text, depth, width, after);
            expect(fast).toBeDefined();
            expect(fast).toBe(formatterLayout(text, depth, false, width, after));
          }
        }
      }
    });
  }

  for (const text of NOT_LINES) {
    it(`leaves ${text} to the formatter`, () => {
      expect(wordLineLayout(text, 4, 20, "")).toBeUndefined();
    });
  }
});

const LIST_LINES = [
  "call_indirect (type 4)",
  "call_indirect 1 (type $t)",
  "return_call_indirect $table (type 10)",
  "select (result i32)",
  "ref.test (ref null $t)",
];

const NOT_LIST_LINES = [
  "i32.load offset=8", // no list
  "block (result i32)", // opens a block
  "call_indirect (type 4) (param i32 i32 i32 i32 i32)", // a list of many words
  "call_indirect 0 1 2 (type 4)", // many parts
  "call_indirect 1 (type $a_type_name_far_wider_than_the_narrowest_width)", // a list's words wide enough to be filled
  "call_indirect (func 4)", // a list that is no immediate
  "call_indirect (type 4", // unbalanced
  "call_indirect (type (;4;) 4)", // a comment
];

describe("flat instructions with lists of words laid out without documents", () => {
  for (const text of LIST_LINES) {
    it(`lays out ${text} as the formatter does`, () => {
      for (const depth of [0, 1, 4, 31, 32, 33, 100]) {
        for (const width of [20, 40, 80]) {
          for (const after of ["", ")"]) {
            expect(immediateListLine(text, after)).toBe(formatterLayout(text, depth, false, width, after));
          }
        }
      }
    });
  }

  for (const text of NOT_LIST_LINES) {
    it(`leaves ${text} to the formatter`, () => {
      expect(immediateListLine(text, "")).toBeUndefined();
    });
  }
});
