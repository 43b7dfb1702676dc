/**
 * Real compiler output: a clang/Emscripten binary from an npm package,
 * printed to text by wasm-tools, encodes with watkit to the bytes wasm-tools
 * encodes it to, its `(@producers ...)` and `(@dylink.0 ...)` sections
 * included.
 */
import { describe, expect, it } from "@jest/globals";
import { parse as jcoParse, print as jcoPrint } from "@bytecodealliance/jco";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { wat2wasm } from "../src/wat2wasm.js";
import { firstDifference } from "./helpers/wasm-sections.js";

describe("compiler output printed by wasm-tools", () => {
  it("web-tree-sitter.wasm (C, clang/Emscripten) encodes as wasm-tools encodes it", async () => {
    const binary = readFileSync(createRequire(import.meta.url).resolve("web-tree-sitter/web-tree-sitter.wasm"));
    const text = await jcoPrint(binary);
    expect(text.length).toBeGreaterThan(1_000_000);
    const actual = wat2wasm(text);
    const expected = await jcoParse(text);
    expect(firstDifference(actual, expected)).toBe("identical");
    expect(Buffer.compare(actual, expected)).toBe(0);
  });
});
