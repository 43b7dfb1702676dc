/**
 * Deeply nested code, as compilers emit it (esbuild's Go binary nests
 * functions 3290 blocks deep, DuckDB 1454). Every stage keeps an explicit
 * stack instead of recursing per level: the decoder, raise and print turn a
 * function of 100 000 nested blocks into text; the parser and the builder
 * nest flat `block ... end` without limit, and resolve and the encoder turn
 * it back into bytes. Folded code is printed flat where it would nest deeper
 * than the parser reads parentheses (`MAX_FOLDED_DEPTH`). The checks and
 * walks after them do the same: feature checks, the linter's walk, its
 * control flow and liveness, its rules on the text, and rewrite passes.
 */
import { describe, expect, it } from "@jest/globals";
import { lint, validate } from "../src/index.js";
import { configs } from "../src/lint/registry.js";
import { MAX_FOLDED_DEPTH } from "../src/syntax/nesting.js";
import { rewrite } from "../src/rewrite/rewrite.js";
import { decode } from "../src/binary/decode.js";
import { encode } from "../src/binary/encode.js";
import { wasm2wat } from "../src/wasm2wat.js";
import { wat2wasm } from "../src/wat2wasm.js";

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function section(id: number, payload: number[]): number[] {
  return [id, ...leb(payload.length), ...payload];
}

/** A module of one function of type `[] -> []` whose body is `code`. */
function moduleOf(code: number[]): Uint8Array {
  const expr = [0, ...code, 0x0b];
  const body = [...leb(expr.length), ...expr];
  const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  return new Uint8Array([...header, ...section(1, [1, 0x60, 0, 0]), ...section(3, [1, 0]), ...section(10, [1, ...body])]);
}

/** `depth` nested `block`s around a `nop`. */
function nestedBlocks(depth: number): Uint8Array {
  const code: number[] = [];
  for (let i = 0; i < depth; i++) code.push(0x02, 0x40);
  code.push(0x01);
  for (let i = 0; i < depth; i++) code.push(0x0b);
  return moduleOf(code);
}

/** `depth` nested `if (result i32)`s with conditions and else branches: folded, each takes its condition. */
function nestedIfs(depth: number): Uint8Array {
  const code: number[] = [];
  for (let i = 0; i < depth; i++) code.push(0x41, 1, 0x04, 0x7f);
  code.push(0x41, 7);
  for (let i = 0; i < depth; i++) code.push(0x05, 0x41, 2, 0x0b);
  code.push(0x1a);
  return moduleOf(code);
}

/** `i32.const 0` then `depth` times `i32.eqz`: folded, each is the operand of the next. */
function operandChain(depth: number): Uint8Array {
  const code = [0x41, 0];
  for (let i = 0; i < depth; i++) code.push(0x45);
  code.push(0x1a);
  return moduleOf(code);
}

/** Deepest parenthesis nesting of a text (it has no strings or comments with parentheses). */
function parenDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const c of text) {
    if (c === "(") deepest = Math.max(deepest, ++depth);
    else if (c === ")") depth--;
  }
  return deepest;
}

describe("deeply nested code", () => {
  it("encodes 100 000 flat nested blocks to the bytes of the binary they stand for", () => {
    const n = 100_000;
    const text = "(module (func " + "block ".repeat(n) + "nop " + "end ".repeat(n) + "))";
    expect(Buffer.compare(wat2wasm(text), nestedBlocks(n))).toBe(0);
  });

  it("resolves labels across 100 000 flat nested blocks", () => {
    const n = 100_000;
    const text = "(module (func block $out " + "block ".repeat(n) + "br $out " + "end ".repeat(n) + "end))";
    const code = [0x02, 0x40];
    for (let i = 0; i < n; i++) code.push(0x02, 0x40);
    code.push(0x0c, ...leb(n));
    for (let i = 0; i <= n; i++) code.push(0x0b);
    expect(Buffer.compare(wat2wasm(text, { names: false }), moduleOf(code))).toBe(0);
  });

  it.each([false, true])("prints 100 000 nested blocks (folded: %s)", (folded) => {
    const text = wasm2wat(nestedBlocks(100_000), { folded });
    expect(text.split("block").length - 1).toBe(100_000);
  });

  const binaries: [string, Uint8Array][] = [
    ["blocks", nestedBlocks(5000)],
    ["ifs", nestedIfs(5000)],
    ["operands", operandChain(5000)],
  ];
  describe.each(binaries)("5000 nested %s read back to the same bytes", (_name, bytes) => {
    it("flat", () => {
      expect(Buffer.compare(wat2wasm(wasm2wat(bytes)), bytes)).toBe(0);
    });

    it(`folded, at most ${MAX_FOLDED_DEPTH} parentheses deep inside the function`, () => {
      const text = wasm2wat(bytes, { folded: true });
      expect(parenDepth(text)).toBeLessThanOrEqual(MAX_FOLDED_DEPTH + 2);
      expect(parenDepth(text)).toBeGreaterThan(MAX_FOLDED_DEPTH / 2);
      expect(Buffer.compare(wat2wasm(text), bytes)).toBe(0);
    });
  });
});

describe("checks and walks of 100 000 nested blocks", () => {
  const n = 100_000;
  const nested: Record<string, string> = {
    blocks: `${"block $b ".repeat(n)}local.get 0 local.set 1 local.get 0 local.set 1 br 1 nop ${"end ".repeat(n)}`,
    loops: `${"loop ".repeat(n)}${"end ".repeat(n)}`,
    ifs: `${"local.get 0 if (result i32) ".repeat(n)}i32.const 7 ${"else i32.const 2 end ".repeat(n)}local.set 1`,
    "try_tables": `${"block try_table (catch_all 0) ".repeat(n / 2)}${"end end ".repeat(n / 2)}`,
  };
  const texts = Object.entries(nested).map(([name, code]): [string, string] => [
    name,
    `(module (func (export "f") (param i32) (result i32) (local i32) ${code} local.get 1) (func $unused))`,
  ]);

  it.each(texts)("%s: validate checks the text's features", (_name, text) => {
    expect(validate(text)).toEqual({ valid: true, errors: [] });
    expect(validate(wat2wasm(text), { features: "wasm3" }).valid).toBe(true);
  });

  it.each(texts)("%s: lint of the text with every rule, and of its binary", (_name, text) => {
    const ofText = lint(text, { config: configs.all });
    expect(ofText.messages.filter((m) => m.fatal)).toEqual([]);
    expect(ofText.messages.some((m) => m.ruleId === "no-unused")).toBe(true);
    expect(lint(wat2wasm(text), { config: configs.all }).messages.filter((m) => m.fatal)).toEqual([]);
  });

  it("lint finds the shadowed labels, the dead store and the unreachable code inside them", () => {
    const ruleIds = lint(texts[0][1], { config: configs.all }).messages.map((m) => m.ruleId);
    expect(ruleIds.filter((id) => id === "no-shadowed-label")).toHaveLength(n - 1);
    expect(ruleIds).toContain("no-unread-local");
    expect(ruleIds).toContain("no-unreachable");
  });

  it("rewrite passes checking features", () => {
    const bytes = wat2wasm(texts[0][1]);
    const out = encode(rewrite(decode(bytes, { features: "wasm3" }), ["dce"], { validate: true }));
    expect(out.length).toBeLessThan(bytes.length);
    expect(validate(out).valid).toBe(true);
  });
});

