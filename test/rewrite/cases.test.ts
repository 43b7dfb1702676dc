/**
 * Passes, shown on files: each `test/cases/rewrite/NAME.wat` starts with a
 * line `;; passes: STEP...` (steps as `watkit rewrite --pass` takes them; a
 * file a step names is read from `test/cases/rewrite/`), runs them through
 * `rewrite` (which validates its result) and compares, beside it:
 *
 * - `NAME.out`: the print of the result (which also survives encode ->
 *   decode -> encode byte for byte); or
 * - `NAME.error`: the message of the error the steps end with;
 * - `NAME.run` (with `.out`, optional): calls of the result's exports on V8,
 *   one a line, `export(arg, ...) = result`, `export(arg, ...) traps`, or
 *   `global = value` for an exported global, in order on one instance; an
 *   `n` after an integer makes it an i64. Imported functions do nothing and
 *   return zeros.
 *
 * `BLESS=1` writes `.out` and `.error` files; `.run` files are written by hand.
 */
import { describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../src/binary/decode.js";
import { encode } from "../../src/binary/encode.js";
import type { Module } from "../../src/module/model.js";
import { print } from "../../src/print/print.js";
import { rewrite } from "../../src/rewrite/index.js";
import { watToModule } from "../../src/wat2wasm.js";
import { expectFile } from "../helpers/cases.js";

const CASES = join(process.cwd(), "test/cases/rewrite");

function stepsOf(name: string, text: string): string[] {
  const header = /^;; passes:(.*)$/.exec(text.split("\n")[0]);
  if (header === null) throw new Error(`${name}: the first line must be ";; passes: STEP..."`);
  return header[1].trim().split(/\s+/);
}

type Outcome = { module: Module } | { error: string };

function outcomeOf(name: string, text: string): Outcome {
  try {
    return { module: rewrite(watToModule(text), stepsOf(name, text), { readFile: (path) => readFileSync(join(CASES, path)) }) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function valueOf(text: string): number | bigint {
  return text.endsWith("n") ? BigInt(text.slice(0, -1)) : Number(text);
}

/** Imports that do nothing: what a case shows must not depend on its host. */
function hostImports(bytes: Uint8Array<ArrayBuffer>): WebAssembly.Imports {
  const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
  for (const { module, name, kind } of WebAssembly.Module.imports(new WebAssembly.Module(bytes))) {
    if (kind !== "function") throw new Error(`a case that runs cannot import the ${kind} ${module}.${name}`);
    (imports[module] ??= {})[name] = () => undefined;
  }
  return imports;
}

/** Each line of a `.run` file as it turned out: the same text when the result agrees. */
function transcript(bytes: Uint8Array<ArrayBuffer>, lines: readonly string[]): string[] {
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), hostImports(bytes));
  return lines.map((line) => {
    const call = /^([\w$.-]+)\(([^)]*)\) (?:= .*|traps)$/.exec(line);
    if (call === null) {
      const global = /^([\w$.-]+) = /.exec(line);
      if (global === null) throw new Error(`not a .run line: ${line}`);
      return `${global[1]} = ${String((exports[global[1]] as WebAssembly.Global).value)}`;
    }
    const args = call[2].trim() === "" ? [] : call[2].split(",").map((a) => valueOf(a.trim()));
    try {
      return `${call[1]}(${call[2]}) = ${String((exports[call[1]] as (...a: unknown[]) => unknown)(...args))}`;
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) return `${call[1]}(${call[2]}) traps`;
      throw e;
    }
  });
}

describe("rewrite: cases as files", () => {
  const names = readdirSync(CASES).filter((name) => name.endsWith(".wat"));
  it("has cases", () => expect(names.length).toBeGreaterThan(0));
  for (const name of names.sort()) {
    it(name, () => {
      const base = join(CASES, name.replace(/\.wat$/, ""));
      const outcome = outcomeOf(name, readFileSync(join(CASES, name), "utf8"));
      if ("error" in outcome) {
        expect(existsSync(`${base}.out`) ? "an output" : "an error").toBe("an error");
        expectFile(`${base}.error`, `${outcome.error}\n`);
        return;
      }
      expect(existsSync(`${base}.error`) ? `no error, but ${base}.error expects one` : "").toBe("");
      expectFile(`${base}.out`, print(outcome.module));
      const bytes = encode(outcome.module) as Uint8Array<ArrayBuffer>;
      expect(Buffer.from(encode(decode(bytes))).equals(Buffer.from(bytes))).toBe(true);
      if (!existsSync(`${base}.run`)) return;
      const lines = readFileSync(`${base}.run`, "utf8").split("\n").filter((l) => l.trim() !== "");
      expect(transcript(bytes, lines)).toEqual(lines);
    });
  }
});
