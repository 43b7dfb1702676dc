/**
 * Importing `watkit` compiles only the conversions' code: the bundle's root
 * entry and what it imports, transitively, hold none of the layers its
 * other functions load on their first call (src/api/on-first-use.ts, and
 * the parser and the printer's relayout behind the conversions), nor the
 * packages only those use. esbuild heads each module's code in a bundle
 * with a `// path` comment, which names what a file holds.
 */
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const BUNDLE = resolve(process.cwd(), "dist/bundle");

/** The files `entry` imports statically, transitively, with the modules and packages they hold. */
function staticClosure(entry: string): { files: string[]; modules: string[]; packages: string[] } {
  const files = [entry];
  const modules: string[] = [];
  const packages = new Set<string>();
  for (let k = 0; k < files.length; k++) {
    const code = readFileSync(join(BUNDLE, files[k]), "utf8");
    modules.push(...[...code.matchAll(/^\/\/ (\S+\.m?js)$/gm)].map((m) => m[1]));
    for (const [, from, bare] of code.matchAll(/^(?:import|export)\b[^;"]*?\bfrom\s*"([^"]+)";$|^import\s*"([^"]+)";$/gm)) {
      const specifier = from ?? bare;
      if (!specifier.startsWith("./")) packages.add(specifier);
      else if (!files.includes(specifier.slice(2))) files.push(specifier.slice(2));
    }
  }
  return { files, modules, packages: [...packages].sort() };
}

/** What the root entry must not load on import, by what it is. */
const LOADED_ON_FIRST_USE: Readonly<Record<string, RegExp>> = {
  "the ANTLR lexer and parser": /^generated\/|[\\/]antlr4ng[\\/]|^src\/syntax\/(parse|build)\.js$/,
  "the linter": /^src\/lint\/(?!config\.js$)/,
  "the rewrite passes": /^src\/rewrite\/(?!errors\.js$|pass\.js$)/,
  "the formatter": /^src\/print\/(format\/(format|relayout|layout-doc|cst)\.js|prettier\/)/,
  "the validator": /^src\/validate\/(?!diagnostic\.js$)/,
  "the linker": /^src\/link\//,
};

describe("the root entry of the bundle", () => {
  const closure = staticClosure("index.js");

  it("loads the conversions' code on import", () => {
    expect(closure.modules).toEqual(expect.arrayContaining(["src/wat2wasm.js", "src/wasm2wat.js", "src/api/public.js", "src/print/print.js"]));
  });

  it("loads neither the parser, the linter, the rewrite passes, the formatter, the validator nor the linker on import", () => {
    const found = Object.entries(LOADED_ON_FIRST_USE).flatMap(([what, pattern]) => closure.modules.filter((m) => pattern.test(m)).map((m) => `${what}: ${m}`));
    expect(found).toEqual([]);
  });

  it("imports no package but Node's own (Prettier and antlr4ng come with the first call that needs them)", () => {
    expect(closure.packages.filter((specifier) => !specifier.startsWith("node:"))).toEqual([]);
  });

  it("points each load on first use at an entry of the bundle", () => {
    const files = readdirSync(BUNDLE);
    const loads = files
      .filter((file) => file.endsWith(".js"))
      .flatMap((file) => [...readFileSync(join(BUNDLE, file), "utf8").matchAll(/\bonFirstUse\d*\("([^"]+)"\)/g)].map((m) => m[1]));
    expect(loads.length).toBeGreaterThan(0);
    for (const specifier of loads) expect(specifier).toMatch(/^\.\/[\w-]+\.js$/);
    expect(loads.filter((specifier) => !files.includes(specifier.slice(2)))).toEqual([]);
  });
});
