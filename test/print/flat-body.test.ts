/**
 * Flat bodies printed straight from the model (`print/flat-body.ts`) are
 * the text that raising them to nodes and printing those gives, to the
 * byte: every module of the spec testsuite that decodes (text modules
 * encoded, binary ones as written, invalid ones included: they hold
 * dangling references and labels), every corpus binary and the
 * benchmarks' 2.4 MB binary, with names and without, with exact notes and
 * canonical, at the default width and at a narrow one that breaks many
 * lines; and the spec's text modules as resolved, whose instructions come
 * from resolve rather than the decoder. The share of bodies the direct path prints is reported and held
 * above a floor (measured), so that a change sending them all back to the
 * nodes fails here rather than only slowing printing down.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { decode } from "../../src/binary/decode.js";
import type { Module } from "../../src/module/model.js";
import { printedFromModel } from "../../src/print/flat-body.js";
import { print } from "../../src/print/print.js";
import { wasm2wat, type InternalWasm2WatOptions } from "../../src/wasm2wat.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";
import { corpusBinaries, label, realBinaries } from "../helpers/real-binaries.js";
import { commandModule, readSpecFile, specBinaries, specFileNames, textOf } from "../helpers/spec-suite.js";

const VARIANTS: [string, InternalWasm2WatOptions][] = [
  ["names, exact", {}],
  ["names, canonical", { exact: false }],
  ["no names, exact", { names: false }],
  ["no names, canonical", { names: false, exact: false }],
];

/** Lines broken at a narrow width, laid out again by the formatter: for the small binaries only (that is slow). */
const NARROW: [string, InternalWasm2WatOptions] = ["names, exact, width 40", { printWidth: 40 }];

/** Object files as raw sections, whose bodies then have no relocations to annotate. */
const RAW: [string, InternalWasm2WatOptions] = ["raw custom sections", { rawCustom: true }];

/** Bodies printed, and how many of them the direct path took. */
const share = { bodies: 0, direct: 0 };

/**
 * The least share of bodies printed from the model (measured: every body
 * but those of object files printed with their relocations, 0.999).
 */
const MIN_SHARE = 0.99;

/** The text both ways, or the error both give; a difference as text. */
function difference(bytes: Uint8Array, options: InternalWasm2WatOptions): string | undefined {
  const viaNodes = outcome(() => wasm2wat(bytes, { ...options, nodeBodies: true }));
  const before = printedFromModel.bodies;
  const direct = outcome(() => wasm2wat(bytes, options));
  if ("text" in direct) {
    share.bodies += bodyCount(bytes);
    share.direct += printedFromModel.bodies - before;
  }
  if ("error" in viaNodes || "error" in direct) {
    return "error" in viaNodes && "error" in direct && viaNodes.error === direct.error ? undefined : `nodes: ${what(viaNodes)}; model: ${what(direct)}`;
  }
  if (viaNodes.text === direct.text) return undefined;
  const at = firstDifference(viaNodes.text, direct.text);
  const line = viaNodes.text.slice(0, at).split("\n").length;
  const lineOf = (text: string) => text.split("\n")[line - 1].slice(0, 200);
  return `line ${line}: nodes ${JSON.stringify(lineOf(viaNodes.text))}, model ${JSON.stringify(lineOf(direct.text))}`;
}

function outcome(print: () => string): { text: string } | { error: string } {
  try {
    return { text: print() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function what(o: { text: string } | { error: string }): string {
  return "error" in o ? `error ${o.error}` : "text";
}

function firstDifference(a: string, b: string): number {
  let at = 0;
  while (at < a.length && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

const bodyCounts = new WeakMap<Uint8Array, number>();

/** Bodies with locals or instructions: a function with neither prints on one line, with no body to print. */
function bodyCount(bytes: Uint8Array): number {
  let count = bodyCounts.get(bytes);
  if (count === undefined) {
    count = decode(bytes, { names: false }).funcs.filter((f) => f.locals.length > 0 || f.body.length > 0).length;
    bodyCounts.set(bytes, count);
  }
  return count;
}

describe("flat bodies from the model print as from nodes: spec modules", () => {
  for (const name of specFileNames()) {
    it(name, () => {
      const problems: string[] = [];
      for (const { line, bytes } of specBinaries(name)) {
        for (const [variant, options] of [...VARIANTS, NARROW]) {
          const problem = difference(bytes, options);
          if (problem !== undefined) problems.push(`module at line ${line}, ${variant}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("flat bodies from the model print as from nodes: spec text modules, resolved", () => {
  for (const name of specFileNames()) {
    it(name, () => {
      const { source, script } = readSpecFile(name);
      const problems: string[] = [];
      for (const command of script.commands) {
        const module = commandModule(command);
        if (module === undefined || module.kind === "binary" || command.kind === "assert_malformed") continue;
        let model: Module;
        try {
          model = watToModule(textOf(source, module), { features: "all" });
        } catch {
          // Text that does not resolve has no module to print.
          continue;
        }
        // One model printed four ways: a print that changed the model it prints would show as a difference here.
        for (const names of [true, false]) {
          const viaNodes = outcome(() => print(model, { names, nodeBodies: true }));
          const direct = outcome(() => print(model, { names }));
          if (JSON.stringify(direct) !== JSON.stringify(viaNodes)) problems.push(`module at line ${source.slice(0, command.start).split("\n").length}, names ${names}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("flat bodies from the model: labels", () => {
  it("name a label shadowed by an inner one of the same name by depth, as raising does", () => {
    const bytes = wat2wasm(`(module (func (block $l (block $l (br 1) (br $l) (br 0)))))`);
    expect(difference(bytes, {})).toBeUndefined();
    const body = wasm2wat(bytes).split("\n").slice(5, 8).map((line) => line.trim());
    expect(body).toEqual(["br 1", "br $l", "br $l"]);
  });
});

describe("flat bodies from the model print as from nodes: corpus binaries and the benchmarks' binary", () => {
  const large = realBinaries().filter((b) => b.path.endsWith("wasm-tools.core.wasm"));
  expect(large).toHaveLength(1);
  let turn = 0;
  for (const binary of [...corpusBinaries(), ...large]) {
    const bytes = new Uint8Array(readFileSync(binary.path));
    const small = bytes.length < 1_000_000;
    // The Go binaries are alike: each is printed one way, in turn.
    const go = binary.language === "Go";
    const variants = go ? [VARIANTS[turn++ % VARIANTS.length]] : small ? [...VARIANTS, NARROW, RAW] : VARIANTS;
    for (const [variant, options] of variants) {
      it(`${label(binary)}, ${variant}`, () => {
        expect(difference(bytes, options)).toBeUndefined();
      });
    }
  }
});

afterAll(() => {
  const ratio = share.direct / share.bodies;
  console.log(`flat bodies: ${share.bodies} printed, ${share.direct} from the model (${(ratio * 100).toFixed(1)}%)`);
  expect(share.bodies).toBeGreaterThan(10_000);
  expect(ratio).toBeGreaterThanOrEqual(MIN_SHARE);
});
