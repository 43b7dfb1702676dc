/**
 * The public surface is a reviewed list: each entry point of package.json
 * `exports` has its exported names (values and types, from its `.d.ts`)
 * in `exports/<entry>.txt`, and importing it through the package name
 * gives exactly those values. A name that appears or disappears shows in
 * the diff; `BLESS=1` rewrites the lists.
 */
import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

interface Entry {
  types: string;
  import: string;
}

const ROOT = process.cwd();
const LISTS = join(ROOT, "test/api/exports");
const BLESS = process.env.BLESS === "1";
const ENTRIES = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, Entry> }).exports;

/** One program over every entry's declarations: type-checking them one by one takes seconds each. */
const program = ts.createProgram(
  Object.values(ENTRIES).map((entry) => join(ROOT, entry.types)),
  { noEmit: true, skipLibCheck: true },
);

/** `value NAME` and `type NAME` lines, sorted, of what a declaration file exports. */
function declaredExports(dts: string): string[] {
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(dts)!)!;
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return `${target.flags & ts.SymbolFlags.Value ? "value" : "type"} ${symbol.name}`;
    })
    .sort();
}

/** The list file of an entry point: `.` is `index`, `./rewrite` is `rewrite`. */
function listFile(subpath: string): string {
  return join(LISTS, `${subpath === "." ? "index" : subpath.slice(2)}.txt`);
}

/** How a caller imports an entry point: `watkit`, `watkit/rewrite`, ... */
const specifier = (subpath: string): string => (subpath === "." ? "watkit" : `watkit/${subpath.slice(2)}`);

describe.each(Object.entries(ENTRIES).map(([subpath, entry]) => [specifier(subpath), subpath, entry] as const))("%s", (name, subpath, entry) => {
  it("has its module and its declarations", () => {
    expect(existsSync(join(ROOT, entry.import))).toBe(true);
    expect(existsSync(join(ROOT, entry.types))).toBe(true);
  });

  it("exports the reviewed names", () => {
    const names = declaredExports(join(ROOT, entry.types)).join("\n") + "\n";
    if (BLESS) writeFileSync(listFile(subpath), names);
    expect(names).toBe(readFileSync(listFile(subpath), "utf8"));
  });

  it("gives those values when imported by the package's name", async () => {
    const loaded = (await import(name)) as Record<string, unknown>;
    const values = readFileSync(listFile(subpath), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("value "))
      .map((line) => line.slice("value ".length));
    expect(Object.keys(loaded).sort()).toEqual(values.sort());
  });
});
