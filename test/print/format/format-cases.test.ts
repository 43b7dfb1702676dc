/**
 * The layout, shown on files: each `cases/NAME.wat|wast` is formatted (with
 * the options of its first line, `;; format: printWidth=40 useTabs=true
 * instructionStyle=folded`) and compared with `expected/NAME...`. Compiler
 * output is made by printing corpus binaries with wasm2wat, flat and folded;
 * its expected file holds the first lines of the formatted text.
 *
 * `BLESS=1` rewrites the expected files: do it on purpose and read the diff.
 * Every case is also formatted twice (idempotence) and re-encoded or
 * re-tokenized, so an expected file cannot bless a lossy layout.
 */
import { describe, expect, it } from "@jest/globals";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, type FormatOptions, type InstructionStyle } from "../../../src/print/format/format.js";
import { lexWat } from "../../../src/syntax/lex.js";
import { wasm2wat } from "../../../src/wasm2wat.js";
import { wat2wasm } from "../../../src/wat2wasm.js";

const HERE = join(process.cwd(), "test/print/format");
const CASES = join(HERE, "cases");
const EXPECTED = join(HERE, "expected");
const BLESS = process.env.BLESS === "1";

/** Lines of compiler output kept in its expected file. */
const SLICE_LINES = 160;

function optionsOf(text: string): FormatOptions {
  const header = /^;; format:(.*)$/m.exec(text.split("\n")[0]);
  const options: FormatOptions = {};
  for (const pair of header?.[1].trim().split(/\s+/) ?? []) {
    const [key, value] = pair.split("=");
    if (key === "printWidth" || key === "tabWidth") options[key] = Number(value);
    else if (key === "useTabs" || key === "compactBodies") options[key] = value === "true";
    else if (key === "instructionStyle") options.instructionStyle = value as InstructionStyle;
    else throw new Error(`unknown format option ${key}`);
  }
  return options;
}

function tokens(text: string): string[] {
  return [...lexWat(text)].map((t) => text.slice(t.start, t.end));
}

function expectMatches(name: string, actual: string): void {
  const file = join(EXPECTED, name);
  if (BLESS || !existsSync(file)) {
    mkdirSync(EXPECTED, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("format: hand-written cases", () => {
  for (const name of readdirSync(CASES).sort()) {
    it(name, () => {
      const input = readFileSync(join(CASES, name), "utf8");
      const options = optionsOf(input);
      const formatted = format(input, options);
      expectMatches(name, formatted);
      expect(format(formatted, options)).toBe(formatted);
      if ((options.instructionStyle ?? "preserve") === "preserve") expect(tokens(formatted)).toEqual(tokens(input));
      if (name.endsWith(".wat")) expect(Buffer.from(wat2wasm(formatted))).toEqual(Buffer.from(wat2wasm(input)));
    });
  }
});

describe("format: compiler output printed by wasm2wat", () => {
  const binaries: [path: string, folded: boolean][] = [
    ["corpus/c/mathlib.wasm", false],
    ["corpus/c/mathlib.wasm", true],
    ["corpus/c/mathlib-simd.wasm", true],
    ["corpus/c/wc.wasm", false],
    ["corpus/rust/words.wasm", true],
  ];
  for (const [path, folded] of binaries) {
    {
      const name = `${path.split("/").pop()!.replace(/\.wasm$/, "")}${folded ? ".folded" : ""}.wat`;
      it(name, () => {
        const printed = wasm2wat(readFileSync(path), { folded });
        const formatted = format(printed);
        expectMatches(name, formatted.split("\n").slice(0, SLICE_LINES).join("\n") + "\n");
        expect(format(formatted)).toBe(formatted);
        expect(tokens(formatted)).toEqual(tokens(printed));
        expect(Buffer.from(wat2wasm(formatted))).toEqual(Buffer.from(wat2wasm(printed)));
        for (const style of ["flat", "folded"] as const) {
          const converted = format(printed, { instructionStyle: style });
          expect(Buffer.from(wat2wasm(converted))).toEqual(Buffer.from(wat2wasm(printed)));
        }
      });
    }
  }
});
