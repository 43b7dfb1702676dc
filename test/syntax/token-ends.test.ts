/**
 * Block comments and annotations nest to any depth: the lexer reads them
 * with a counter, not by recursion, so valid text of any depth parses and
 * formats, and one left open is reported where it starts. Strings end where
 * the spec's grammar ends them, in every reader.
 */
import { describe, expect, it } from "@jest/globals";
import { format } from "../../src/print/format/format.js";
import { parseWat } from "../../src/syntax/parse.js";
import { encode } from "../../src/binary/encode.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";
import { syntaxError } from "../helpers/syntax-error.js";

const EMPTY_MODULE = Buffer.from(wat2wasm("(module)"));

describe("nested block comments", () => {
  for (const depth of [3800, 100_000]) {
    it(`${depth} deep are one comment`, () => {
      const comment = "(;".repeat(depth) + " x ".repeat(3) + ";)".repeat(depth);
      const text = `(module\n  ${comment}\n)`;
      const script = parseWat(text);
      expect(script.comments).toEqual([{ start: 10, end: 10 + comment.length, block: true }]);
      expect(Buffer.from(wat2wasm(text))).toEqual(EMPTY_MODULE);
      expect(format(text)).toBe(`(module\n  ${comment}\n)\n`);
    });
  }

  it("close at the first ';)' after a ';' (a ';' not before ')' is part of the comment)", () => {
    expect(parseWat("(module (; ;;) )").comments).toEqual([{ start: 8, end: 14, block: true }]);
  });

  it("left open are reported where they start", () => {
    const error = syntaxError("(module\n  " + "(;".repeat(5000) + ";)".repeat(4999) + ")");
    expect(error.message).toContain("unterminated block comment");
    expect([error.line, error.column]).toEqual([2, 3]);
  });
});

describe("nested annotations", () => {
  for (const depth of [20_711, 100_000]) {
    it(`${depth} deep are one annotation`, () => {
      const annotation = `(@deep ${"(a ".repeat(depth)}"s" ;; c\n${")".repeat(depth)})`;
      const text = `(module\n  (func ${annotation})\n)`;
      const script = parseWat(text);
      expect(script.annotations).toHaveLength(1);
      expect(Buffer.from(wat2wasm(text))).toEqual(Buffer.from(wat2wasm("(module (func))")));
      expect(format(format(text))).toBe(format(text));
      expect(format(text)).toContain(annotation);
    });
  }

  it("left open, or holding a character annotations cannot hold, are reported where that is", () => {
    const open = syntaxError("(module\n  (@a " + "(".repeat(5000) + ")".repeat(4999) + ")");
    expect(open.message).toContain("unterminated annotation");
    expect([open.line, open.column]).toEqual([2, 3]);
    const stray = syntaxError("(module\n  (@a " + "(".repeat(5000) + "\u0001" + ")".repeat(5000) + ")");
    expect(stray.message).toContain("U+0001");
    expect([stray.line, stray.column]).toEqual([2, 5007]);
  });
});

describe("\\u{…} escapes in strings", () => {
  it("take the spec's hexnum: digits apart by single underscores, in every reader", () => {
    const plain = Buffer.from(wat2wasm('(module (func $"\u{1F600}" (export "\u{1F600}")))'));
    const text = '(module (func $"\\u{1_F600}" (export "\\u{1_f6_00}")))';
    expect(Buffer.from(wat2wasm(text))).toEqual(plain);
    expect(Buffer.from(encode(watToModule(text)))).toEqual(plain);
    expect(format(text)).toContain('(func $"\\u{1_F600}" (export "\\u{1_f6_00}"))');
    expect(Buffer.from(wat2wasm('(module (@a "\\u{1_0000}" (b "\\u{4_1}")))'))).toEqual(EMPTY_MODULE);
  });

  it.each(['"\\u{1__F600}"', '"\\u{_1F600}"', '"\\u{1F600_}"'])("%s is malformed", (string) => {
    const error = syntaxError(`(module (func (export ${string})))`);
    expect([error.line, error.column]).toEqual([1, 23]);
  });

  it.each([
    ['(module (@a "x" "\\u{110000}"))', 18, /string in annotation: escape is not a Unicode scalar value/],
    ['(module (@a (b "\\u{D_800}")))', 17, /string in annotation: escape is not a Unicode scalar value/],
    ['(module (@"\\u{dfff}"))', 12, /annotation id: escape is not a Unicode scalar value/],
  ])("no Unicode scalar value in an annotation's string, %s, is malformed there too", (text, column, message) => {
    const error = syntaxError(text);
    expect([error.line, error.column]).toEqual([1, column]);
    expect(error.message).toMatch(message);
  });
});
