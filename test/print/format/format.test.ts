/**
 * `format` as an API: located errors on bad input, blank lines collapsed,
 * indentation options, CRLF input, and code nested deeper than any recursion
 * per level could take.
 */
import { describe, expect, it } from "@jest/globals";
import { Worker } from "node:worker_threads";
import { format } from "../../../src/print/format/format.js";
import { WatSyntaxError } from "../../../src/syntax/errors.js";
import { MAX_INDENT_DEPTH } from "../../../src/print/layout.js";
import { MAX_FOLDED_DEPTH } from "../../../src/syntax/nesting.js";
import { wat2wasm } from "../../../src/wat2wasm.js";

/** The most parentheses open at once in `text` (comments and strings aside: the texts here have none). */
function parenDepth(text: string): number {
  let depth = 0;
  let most = 0;
  for (const c of text) {
    if (c === "(") most = Math.max(most, ++depth);
    else if (c === ")") depth--;
  }
  return most;
}

describe("format", () => {
  it("throws a located WatSyntaxError on malformed text", () => {
    const bad = "(module\n  (func\n    i32.const 1\n    i32.frobnicate))\n";
    expect(() => format(bad)).toThrow(WatSyntaxError);
    try {
      format(bad);
    } catch (error) {
      expect((error as WatSyntaxError).line).toBe(4);
      expect((error as WatSyntaxError).column).toBe(5);
    }
  });

  it("keeps one blank line of a run, between fields and between instructions, and none after a header", () => {
    const text = "(module\n\n\n  (func\n\n    nop\n\n\n\n    nop)\n\n\n\n  (func))\n";
    expect(format(text)).toBe("(module\n  (func\n    nop\n\n    nop\n  )\n\n  (func)\n)\n");
  });

  it("indents by tabWidth spaces, or with tabs", () => {
    const text = "(module (func block nop end))";
    expect(format(text, { tabWidth: 4 })).toBe("(module\n    (func\n        block\n            nop\n        end\n    )\n)\n");
    expect(format(text, { useTabs: true })).toBe("(module\n\t(func\n\t\tblock\n\t\t\tnop\n\t\tend\n\t)\n)\n");
  });

  it("reads CRLF line ends and writes LF", () => {
    expect(format("(module\r\n  (func ;; c\r\n    nop))\r\n")).toBe("(module\n  (func ;; c\n    nop\n  )\n)\n");
  });

  it("leaves a blank text empty, as Prettier leaves an empty file, in every style", () => {
    for (const text of ["", " ", "\n\n", "\t\r\n"]) {
      for (const instructionStyle of ["preserve", "flat", "folded"] as const) expect(format(text, { instructionStyle })).toBe("");
    }
    expect(format(";; only a comment")).toBe(";; only a comment\n");
  });

  it("formats a bare list of module fields (a .wat without the module wrapper)", () => {
    expect(format("(func $f nop) ;; f\n(memory 1)")).toBe("(func $f\n  nop\n) ;; f\n(memory 1)\n");
  });

  it("formats 100 000 nested flat blocks, with indentation capped", () => {
    const depth = 100_000;
    const text = `(module (func ${"block ".repeat(depth)}${"end ".repeat(depth)}))`;
    const formatted = format(text);
    const widest = formatted.split("\n").reduce((most, l) => Math.max(most, l.length - l.trimStart().length), 0);
    // Only `block` and `end` lines, which stay a level to the left of a body.
    expect(widest).toBe(2 * (MAX_INDENT_DEPTH - 1));
    expect(format(formatted)).toBe(formatted);
  });

  it("formats folded code nested 900 levels deep", () => {
    const text = `(module (func (result i32) ${"(i32.add (i32.const 1) ".repeat(900)}(i32.const 0)${")".repeat(900)}))`;
    const formatted = format(text);
    expect(format(formatted)).toBe(formatted);
    expect(formatted.replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
  });

  // Each text nests 1000 lists, the parser's limit, the module and the function included. V8's stack on a main thread is 984 KB.
  it.each([
    ["blocks", `(module (func ${"(block ".repeat(998)}nop${")".repeat(998)} drop))`],
    ["operands", `(module (func (result i32) ${"(i32.eqz ".repeat(997)}(i32.const 0)${")".repeat(997)}))`],
  ])("formats %s nested as deep as the parser reads, on a first call with a main thread's stack", async (_what, text) => {
    for (const instructionStyle of ["preserve", "flat", "folded"]) {
      const worker = new Worker(new URL("../../helpers/format-in-worker.js", import.meta.url), {
        workerData: { text, options: { instructionStyle } },
        resourceLimits: { stackSizeMb: 0.96 },
      });
      expect(await new Promise((resolve) => worker.once("message", resolve))).toBe("ok");
      await worker.terminate();
    }
  });

  it("folds a call by its callee's type: its operands when they are all there, none otherwise", () => {
    const folded = { instructionStyle: "folded" } as const;
    const text = "(module (func $f (param i32 i32)) (func (call $f (i32.const 1)) i32.const 2 drop i32.const 3 i32.const 4 call $f))";
    expect(format(text, folded)).toBe(
      "(module\n  (func $f (param i32 i32))\n  (func\n    (i32.const 1)\n    (call $f)\n    (drop (i32.const 2))\n    (call $f (i32.const 3) (i32.const 4))\n  )\n)\n",
    );
  });

  describe("folds flat code as deep as the printer folds it, and writes deeper blocks flat", () => {
    const folded = { instructionStyle: "folded" } as const;
    const cases: [kind: string, depth: number, text: string][] = [
      ...[1200, 2000, 10_000].map((n): [string, number, string] => ["block", n, `(module (func ${"block ".repeat(n)}${"end ".repeat(n)}))`]),
      ...[1200, 2000].map((n): [string, number, string] => ["if", n, `(module (func (param i32) ${"local.get 0 if ".repeat(n)}${"end ".repeat(n)}))`]),
    ];
    for (const [kind, depth, text] of cases) {
      it(`${kind} × ${depth}`, () => {
        const formatted = format(text, folded);
        // Module and function around the code.
        expect(parenDepth(formatted)).toBe(MAX_FOLDED_DEPTH + 2);
        expect(Buffer.from(wat2wasm(formatted))).toEqual(Buffer.from(wat2wasm(text)));
        expect(format(formatted, folded)).toBe(formatted);
        expect(Buffer.from(wat2wasm(format(formatted, { instructionStyle: "flat" })))).toEqual(Buffer.from(wat2wasm(text)));
      });
    }
  });

  it("leaves calls flat in a module that does not resolve (nothing is known of the callee)", () => {
    const text = '(assert_invalid (module (func i32.const 1 call $nowhere)) "unknown function")';
    expect(format(text, { instructionStyle: "folded" })).toContain("(i32.const 1)\n      call $nowhere");
  });
});
