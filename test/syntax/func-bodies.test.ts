/**
 * The split of a module's text at its function bodies: the skeleton keeps
 * everything but the code, whatever strings, comments and annotations hold;
 * text the scan cannot follow has no split.
 */
import { bodySkeleton, splitFuncBodies } from "../../src/syntax/func-bodies.js";
import { ChunkedText } from "../../src/syntax/source-text.js";

function bodiesOf(text: string): string[] {
  const split = splitFuncBodies(text)!;
  return split.bodies.map((b) => text.slice(b.start, b.end));
}

describe("splitFuncBodies", () => {
  test("cuts each body between the header and the closing parenthesis", () => {
    const text = '(module (type $t (func)) (func $a (type $t) (param i32) (local $l i64) local.get 0 drop) (func (export "b") (result i32) (i32.const 1)))';
    const split = splitFuncBodies(text)!;
    expect(split.skeleton).toBe('(module (type $t (func)) (func $a (type $t) (param i32) (local $l i64) ) (func (export "b") (result i32) ))');
    expect(split.funcFields).toBe(2);
    expect(bodiesOf(text)).toEqual(["local.get 0 drop", "(i32.const 1)"]);
  });

  test("the skeleton for bodies also cuts each top-level data field to its id", () => {
    const text = '(module (memory $m 1 (data "kept")) (data $d (memory $m) (i32.const 8) "a)b" "c") (func $f data.drop $d) (data (;x;) "e") (data $"s)"))';
    expect(bodySkeleton(text, splitFuncBodies(text)!)).toBe('(module (memory $m 1 (data "kept")) (data $d) (func $f ) (data (;x;) ) (data $"s)"))');
  });

  test("reads bare fields without a module around them", () => {
    expect(bodiesOf("(func $f nop) (memory 1) (func $g unreachable)")).toEqual(["nop", "unreachable"]);
  });

  test("counts imported functions as function fields without bodies", () => {
    const split = splitFuncBodies('(func (import "m" "f") (param i32)) (func $g nop)')!;
    expect(split.funcFields).toBe(2);
    expect(split.bodies.map((b) => b.field)).toEqual([1]);
  });

  test("an empty body is an empty slot", () => {
    expect(bodiesOf("(module (func $f (result i32)) (func))")).toEqual(["", ""]);
  });

  test("parentheses inside strings, comments and annotations do not count", () => {
    const text = '(module (data "(((") ;; )\n (func $f (; ) ;) i32.const 0 (@metadata.code.branch_hint "\\00") if (; (( ;) end ;; ))\n) (@custom "x" ")"))';
    expect(bodiesOf(text)).toEqual(['i32.const 0 (@metadata.code.branch_hint "\\00") if (; (( ;) end ;; ))\n']);
  });

  test("a function id written as a string is part of the header", () => {
    expect(bodiesOf('(func $"a b)" nop)')).toEqual(["nop"]);
  });

  test("a name annotation is part of the header", () => {
    expect(bodiesOf('(func $f (@name "f g") (param i32) nop)')).toEqual(["nop"]);
  });

  test("another annotation after the header begins the body", () => {
    expect(bodiesOf('(func $f (param i32) (@metadata.code.branch_hint "\\00") (@a) if end)')).toEqual(['(@metadata.code.branch_hint "\\00") (@a) if end']);
  });

  test("reads a chunked text as the string it stands for, wherever the chunks end", () => {
    const text = "(module (func $f (param i32) local.get 0 drop) (func $g nop))";
    const chunked = new ChunkedText([text.slice(0, 20), text.slice(20, 33), text.slice(33)]);
    expect(splitFuncBodies(chunked)).toEqual(splitFuncBodies(text));
    const rich = '(module ;; a ( comment\n  (func $f (param i32) (; ) ;) local.get 0 (@a ")") drop)\n  (data "a(b)c;")\n  (func $g nop))';
    const expected = splitFuncBodies(rich);
    expect(expected?.bodies.length).toBe(2);
    for (let size = 1; size <= 9; size++) {
      const chunks = Array.from({ length: Math.ceil(rich.length / size) }, (_, i) => rich.slice(i * size, (i + 1) * size));
      expect([size, splitFuncBodies(new ChunkedText(chunks))]).toEqual([size, expected]);
    }
  });

  test.each([
    ["a quoted module", '(module quote "(func)")'],
    ["a binary module", '(module binary "\\00asm")'],
    ["an annotation other than a name followed by more of the header", '(func $f (@metadata.code.branch_hint "\\00") (param i32) nop)'],
    ["a name after another annotation", '(func $f (@a) (@name "f") nop)'],
    ["an unclosed field", "(module (func $f nop)"],
    ["an unclosed string", '(module (data "abc))'],
    ["text after the module", "(module) (module)"],
    ["a script command", "(module (func)) (assert_return (invoke \"f\"))"],
  ])("has no split for %s", (_what, text) => {
    expect(splitFuncBodies(text)).toBeUndefined();
  });
});
