/**
 * The layers of src/ stand in one order, and no import runs up it: a
 * folder (or a file directly in src/) reads only its own files and the
 * layers below it, never a layer beside or above it. A module loaded on
 * first use (src/load-on-first-use.ts) is imported as far as the order
 * goes. Only the syntax layer reads the generated parser.
 */
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { firstUseLoads } from "./helpers/first-use-loads.js";

const SRC = resolve(process.cwd(), "src");

/** Each layer's rank: a layer may import only layers of a lower rank. */
const RANK: Record<string, number> = {
  errors: -1,
  bytes: 0,
  isa: 0,
  "load-on-first-use": 0,
  "nested-walk": 0,
  "package-version": 0,
  suggest: 0,
  types: 0,
  syntax: 1,
  module: 2,
  binary: 3,
  print: 4,
  wat2wasm: 4,
  validate: 5,
  wasm2wat: 5,
  lint: 6,
  link: 6,
  rewrite: 6,
  wast: 6,
  api: 7,
  cli: 8,
  index: 8,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/**
 * Folders that are part of another layer: object files are binaries whose
 * custom sections the encoder and decoder read and write, so object/ and
 * binary/ call each other.
 */
const PART_OF: Record<string, string> = { object: "binary" };

/** The layer a path under src/ belongs to: its top folder, or its own name for a file directly in src/. */
function layerOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  const top = parts.length === 1 ? parts[0].replace(/\.(ts|js)$/, "") : parts[0];
  return PART_OF[top] ?? top;
}

/** Every relative module a file imports, re-exports or loads on first use, resolved to a path. */
function importsOf(file: string): string[] {
  return importsIn(readFileSync(file, "utf8"), file);
}

function importsIn(text: string, file: string): string[] {
  const imported = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]);
  const loaded = (firstUseLoads(text) ?? []).map((load) => load.specifier);
  return [...imported, ...loaded].map((specifier) => resolve(dirname(file), specifier));
}

const files = sourceFiles(SRC);

describe("the layer order of src/", () => {
  it("names every layer", () => {
    const unranked = [...new Set(files.map(layerOf))].filter((layer) => !(layer in RANK));
    expect(unranked).toEqual([]);
  });

  it("has no import that runs up or across a layer", () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const target of importsOf(file)) {
        if (!target.startsWith(SRC + sep)) continue;
        const to = layerOf(target);
        if (to !== from && !(RANK[to] < RANK[from])) violations.push(`${relative(SRC, file)} (${from}) imports ${relative(SRC, target)} (${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("takes a module loaded on first use for an import", () => {
    const text = 'const onFirstUse = loaderFor(import.meta.url);\nexport const linter = onFirstUse("../lint/lint.js");\n';
    expect(importsIn(text, join(SRC, "syntax/on-first-use.ts"))).toEqual([join(SRC, "lint/lint.js")]);
  });

  it("lets only the syntax layer read generated/", () => {
    const generated = resolve(SRC, "../generated") + sep;
    const readers = files.filter((file) => layerOf(file) !== "syntax" && importsOf(file).some((target) => target.startsWith(generated)));
    expect(readers.map((file) => relative(SRC, file))).toEqual([]);
  });
});
