/** The parse layer: what the AST keeps, and where malformed text is reported. */
import { describe, expect, it } from "@jest/globals";
import type { BlockInstrNode, FuncField, ModuleNode, PlainInstrNode } from "../../src/syntax/ast.js";
import { parseWat } from "../../src/syntax/parse.js";
import { syntaxError } from "../helpers/syntax-error.js";

function module(text: string): ModuleNode {
  const command = parseWat(text).commands[0];
  if (command.kind !== "module" || command.module.kind !== "module") throw new Error("not a text module");
  return command.module;
}

function firstFunc(text: string): FuncField {
  return module(text).fields.find((f): f is FuncField => f.kind === "func")!;
}

describe("parseWat", () => {
  it("keeps comments, with their spans, on the root", () => {
    const text = "(module ;; one\n  (; two (; nested ;) ;) (func))";
    const script = parseWat(text);
    expect(script.comments.map((c) => text.slice(c.start, c.end))).toEqual([";; one", "(; two (; nested ;) ;)"]);
    expect(script.comments.map((c) => c.block)).toEqual([false, true]);
  });

  it("tells folded from flat instructions and keeps literal spelling", () => {
    const text = "(module (func (result i32) (i32.add (i32.const 0x1_0 ) (i32.const 1_000)) i32.const -0 drop))";
    const body = firstFunc(text).body as PlainInstrNode[];
    expect(body.map((i) => [i.op.name, i.folded?.length])).toEqual([
      ["i32.add", 2],
      ["i32.const", undefined],
      ["drop", undefined],
    ]);
    expect(body[0].folded!.map((i) => (i as PlainInstrNode).i32)).toEqual([16, 1000]);
    expect(text.slice(body[1].start, body[1].end)).toBe("i32.const -0");
  });

  it("reads integer constants and indices in every spelling to the same values", () => {
    const consts = [
      ["i32", "-0", 0], ["i32", "+7", 7], ["i32", "007", 7], ["i32", "-123456789", -123456789], ["i32", "999999999", 999999999],
      ["i32", "-2147483648", -2147483648], ["i32", "4294967295", -1], ["i32", "0xff", 255], ["i32", "1_0", 10],
      ["i64", "-0", 0n], ["i64", "-999999999", -999999999n], ["i64", "18446744073709551615", -1n], ["i64", "0x10", 16n],
    ] as const;
    const text = `(module (func ${consts.map(([t, v]) => `${t}.const ${v} drop`).join(" ")} local.get 000000001 local.get 4294967295))`;
    const body = firstFunc(text).body as PlainInstrNode[];
    consts.forEach(([type, spelling, value], k) => {
      const node = body[2 * k];
      expect({ spelling, value: type === "i32" ? node.i32 : node.i64 }).toEqual({ spelling, value });
    });
    expect(body.slice(-2).map((i) => i.refs![0])).toMatchObject([{ kind: "index", value: 1 }, { kind: "index", value: 4294967295 }]);
  });

  it("reads block labels, the repeated end label and else", () => {
    const [block] = firstFunc("(module (func block $b if $i else $i end $i end $b))").body as BlockInstrNode[];
    expect(block.label?.name).toBe("b");
    expect(block.endId?.name).toBe("b");
    const inner = block.body[0] as BlockInstrNode;
    expect([inner.op.name, inner.label?.name, inner.else?.id?.name, inner.endId?.name]).toEqual(["if", "i", "i", "i"]);
  });

  it("accepts a file of bare module fields as one module", () => {
    const m = module("(type (func)) (func)");
    expect(m.implicit).toBe(true);
    expect(m.fields.map((f) => f.kind)).toEqual(["type", "func"]);
  });

  it("decodes $\"...\" ids and string escapes", () => {
    const f = firstFunc('(module (func $"a b\\u{1F600}" (export "\\41\\t")))');
    expect(f.id?.name).toBe("a b\u{1F600}");
    expect(f.exports[0].name).toBe("A\t");
  });

  it("reads @name, @custom and branch hints, and ignores other annotations", () => {
    const text = [
      '(module $m (@name "M")',
      '  (@custom "c1" (after func) "\\01\\02")',
      '  (func $f (@name "F") (@unknown (x y)) (param i32)',
      '    (@metadata.code.branch_hint "\\01") (if (local.get 0) (then))))',
    ].join("\n");
    const m = module(text);
    expect(m.name).toBe("M");
    const custom = m.fields[0];
    expect(custom.kind === "custom" && [custom.name, custom.place, [...custom.strings[0].bytes]]).toEqual([
      "c1",
      { position: "after", section: "func" },
      [1, 2],
    ]);
    const f = m.fields[1] as FuncField;
    expect(f.name).toBe("F");
    expect((f.body[0] as BlockInstrNode).metadata).toEqual([{ kind: "branch_hint", data: Uint8Array.of(1) }]);
    expect(parseWat(text).annotations.map((a) => a.id)).toEqual(["unknown"]);
  });

  it("decodes v128 constants lane by lane", () => {
    const [i] = firstFunc("(module (func v128.const i16x8 -1 2 3 4 5 6 7 0x8000 drop))").body as PlainInstrNode[];
    expect([...i.bytes!]).toEqual([255, 255, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 0, 128]);
  });

  describe("rejects malformed text with a located error that says what was expected", () => {
    const cases: [string, string, number, number, RegExp][] = [
      ["unknown instruction", "(module\n  (func i32.frob))", 2, 9, /unknown instruction i32\.frob/],
      ["missing parenthesis", "(module (func)", 1, 15, /^unexpected end of input; expected .*'\)'; the '\(' at 1:1 is not closed$/],
      ["missing parenthesis inside", "(module (start 0 (export \"m\")))", 1, 18, /^expected '\)' before '\('$/],
      ["inline export after a memory's limits", "(module (memory 1 (export \"m\")))", 1, 20, /^unexpected 'export'; expected 'pagesize'$/],
      ["stray token", "(module (func) foo)", 1, 16, /foo/],
      ["immediate of the wrong kind", "(module (func (i32.const $x)))", 1, 26, /i32\.const expects a number/],
      ["constant out of range", "(module (func (i32.const 0x1_0000_0000)))", 1, 26, /out of range/],
      ["missing immediate", "(module (func br))", 1, 15, /br expects an index/],
      ["extra immediate", "(module (func nop 1))", 1, 19, /unexpected '1' after nop/],
      ["glued tokens", '(module (data "a""b"))', 1, 15, /^unknown token '"a""b"'; expected .*a string/],
      ["illegal character", "(module (func) \u00e9)", 1, 16, /unexpected character/],
      ["unterminated string", '(module (data "abc))', 1, 15, /unexpected character|token/],
      ["empty annotation id", "(module (@ x))", 1, 10, /@/],
      ["named parameter in a block type", "(module (func block (param $x i32) end))", 1, 28, /cannot have an \$id/],
      ["misplaced @custom", '(module (func (@custom "x")))', 1, 15, /misplaced @custom/],
      ["id on a shared import description", '(module (import "m" (item "a") (func $f)))', 1, 38, /^identifier not allowed/],
      ["import item without a description", '(module (import "m" (item "a" (func)) (item "b")))', 1, 39, /^import item without a description/],
      ["import item with a description of its own and a shared one", '(module (import "m" (item "a" (func)) (func)))', 1, 31, /shared description/],
      ["page size not a power of two", "(module (memory 0 (pagesize 3)))", 1, 29, /^invalid custom page size: 3 is not a power of two$/],
      ["page size zero, inline data", "(module (memory (pagesize 0) (data)))", 1, 27, /^invalid custom page size/],
      ["functions without 'func' after a table use", "(module (table 1 funcref) (elem (table 0) (i32.const 0) 0))", 1, 57, /^unexpected '0'; expected '\(', 'func' or a reference type$/],
    ];
    for (const [name, text, line, column, message] of cases) {
      it(name, () => {
        const error = syntaxError(text);
        expect([error.line, error.column]).toEqual([line, column]);
        expect(error.reason).toMatch(message);
      });
    }
  });

  describe("matches flat structured instructions up, and says where they do not match", () => {
    const cases: [string, string, number, number, string][] = [
      ["end without a block", "(module (func nop end))", 1, 19, "'end' without a block"],
      ["end of a folded block", "(module (func (block nop end)))", 1, 26, "'end' without a block"],
      ["else outside an if", "(module (func block else end))", 1, 21, "'else' outside an 'if'"],
      ["else in a block inside an if", "(module (func i32.const 0 if block else end end))", 1, 36, "'else' outside an 'if'"],
      ["second else", "(module (func i32.const 0 if else else end))", 1, 35, "second 'else' for the 'if' at 1:27"],
      ["catch outside a try", "(module (func block catch 0 end))", 1, 21, "'catch' outside a 'try'"],
      ["catch_all outside a try", "(module (func try_table catch_all end))", 1, 25, "'catch_all' outside a 'try'"],
      ["catch after catch_all", "(module (func try catch_all catch 0 end))", 1, 29, "'catch' after 'catch_all'"],
      ["delegate outside a try", "(module (func block delegate 0))", 1, 21, "'delegate' outside a 'try'"],
      ["delegate without a block", "(module (func delegate 0))", 1, 15, "'delegate' outside a 'try'"],
      ["delegate after catch", "(module (func try catch 0 delegate 0))", 1, 27, "'delegate' after 'catch'"],
      ["missing end", "(module (func\n  block\n  loop end))", 3, 11, "missing 'end' for the 'block' at 2:3"],
      ["missing end in a folded body", "(module (func (block if)))", 1, 24, "missing 'end' for the 'if' at 1:22"],
    ];
    for (const [name, text, line, column, reason] of cases) {
      it(name, () => {
        const error = syntaxError(text);
        expect([error.reason, error.line, error.column]).toEqual([reason, line, column]);
      });
    }

    it("gives legacy handlers and else branches the spans of their text", () => {
      const text = "(module (func try $t nop catch 0 nop catch_all end $t i32.const 0 if nop else nop end))";
      const [tryNode, , ifNode] = firstFunc(text).body as BlockInstrNode[];
      const slice = (span: { start: number; end: number }): string => text.slice(span.start, span.end);
      expect(slice(tryNode)).toBe("try $t nop catch 0 nop catch_all end $t");
      expect(tryNode.handlers!.map(slice)).toEqual(["catch 0 nop", "catch_all"]);
      expect(slice(ifNode.else!)).toBe("else nop ");
      expect(slice(ifNode)).toBe("if nop else nop end");
    });
  });

  describe("limits parenthesised nesting only", () => {
    const nested: [string, (n: number) => string][] = [
      ["folded", (n) => "(module (func " + "(block ".repeat(n) + ")".repeat(n) + "))"],
      ["folded operands", (n) => "(module (func (result i32) " + "(i32.eqz ".repeat(n) + "(i32.const 0)" + ")".repeat(n) + "))"],
      ["folded in flat", (n) => "(module (func " + "block (block ".repeat(n) + ") end ".repeat(n) + "))"],
    ];
    for (const [name, make] of nested) {
      it(`rejects ${name} nesting deeper than maxDepth with a located error, instead of exhausting the stack`, () => {
        expect(() => parseWat(make(900))).not.toThrow();
        const error = syntaxError(make(50_000));
        expect([error.reason, error.line]).toEqual(["nesting deeper than 1000 levels", 1]);
        expect(error.column).toBeGreaterThan(1000);
      });
    }

    it("reads flat blocks and ifs nested 100 000 deep", () => {
      const n = 100_000;
      const blocks = firstFunc("(module (func " + "block ".repeat(n) + "end ".repeat(n) + "))").body;
      const ifs = firstFunc("(module (func " + "i32.const 0 if ".repeat(n) + "end ".repeat(n) + "))").body;
      for (const body of [blocks, ifs]) {
        let depth = 0;
        for (let b = body.at(-1) as BlockInstrNode | undefined; b; b = b.body.at(-1) as BlockInstrNode | undefined) depth++;
        expect(depth).toBe(n);
      }
    });

    it("counts a flat block closed by end, and a folded one by its parenthesis", () => {
      const text = "(module (func " + "block end ".repeat(5000) + "(block) ".repeat(5000) + "))";
      expect(() => parseWat(text)).not.toThrow();
    });
  });
});
