// The published entries as ES module bundles (`npm run build` runs this after
// `tsc`): dist/bundle/ holds one file per entry of package.json (the library,
// its subpaths, the CLI) and per worker script, and the code they share in
// chunks, so each class exists once whatever entries a program imports.
//
// Why: loading dist/src is some 270 files, each resolved, read and compiled
// apart, which cost a one-off call (a CLI run, a first `wasm2wat`) more than
// the call itself on small inputs; one bundle loads in about half the time.
// Dependencies stay imports of their own packages, but for antlr4ng (below).
//
// Modules a synchronous function loads on its first call
// (src/load-on-first-use.ts: `require` of an ES module) stay out of the
// code its entry imports: each becomes an entry of its own, and the call in
// the loading module (`on-first-use.js`) is pointed at that entry. The
// loads are found in the compiled modules, so they are listed once, there;
// a module that calls the loader otherwise than the build reads it, or
// loads a module that is not there, fails the build.
//
// Worker scripts are found beside the module that starts them
// (`new URL("./worker.js", import.meta.url)`); in the bundle that code sits
// in a chunk at the top of dist/bundle, so each such URL is rewritten to its
// worker's entry there, and a starting module that no longer says it fails
// the build rather than a worker at run time.
//
// The generated lexer and parser build their decision tables (deserialising
// the grammar's ATN, some 25 ms) when their classes are defined, i.e. on
// import; most calls never reach ANTLR (text is read directly where it can
// be, binaries never), so the bundle builds them on first use instead.
// antlr4ng's own XPath lexer does the same on import (some 9 ms of a 90 ms
// import, for a class watkit never uses), so antlr4ng is bundled, not
// imported, and its lexer's table made lazy the same way. Its types still
// come from the package (the declarations name them), so it stays a
// dependency.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const esbuild = createRequire(import.meta.url)("esbuild-wasm");

/** Output name -> compiled module, for every entry of package.json. */
const ENTRIES = {
  index: "src/index.js",
  rewrite: "src/api/rewrite.js",
  lint: "src/api/lint.js",
  wast: "src/api/wast.js",
  isa: "src/api/isa.js",
  object: "src/api/object.js",
  prettier: "src/print/prettier/index.js",
  eslint: "src/lint/eslint/plugin.js",
  watkit: "src/cli/watkit.js",
};

/** Modules that start workers, by the folder they sit in; each one's worker becomes the entry `<folder>-worker`. */
const WORKER_STARTERS = { wasm2wat: "split.js", wat2wasm: "parallel.js", validate: "split.js" };

const WORKER_URL = 'new URL("./worker.js", import.meta.url)';

const workerUrls = {
  name: "worker-urls",
  setup(build) {
    const starters = Object.entries(WORKER_STARTERS).map(([folder, file]) => [join(root, "dist/src", folder, file), folder]);
    build.onLoad({ filter: /[\\/]dist[\\/]src[\\/](wasm2wat|wat2wasm|validate)[\\/][^\\/]+\.js$/ }, async (args) => {
      const folder = starters.find(([path]) => path === args.path)?.[1];
      if (folder === undefined) return undefined;
      const code = await readFile(args.path, "utf8");
      if (!code.includes(WORKER_URL)) return { errors: [{ text: `${args.path} no longer starts its worker with ${WORKER_URL}` }] };
      return { contents: code.replaceAll(WORKER_URL, `new URL("./${folder}-worker.js", import.meta.url)`), loader: "js" };
    });
  },
};

/** Packages bundled rather than imported, each from its ES module entry. */
const BUNDLED = ["antlr4ng"];

const bundledPackages = {
  name: "bundled-packages",
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${BUNDLED.join("|")})$`) }, (args) => ({ path: fileURLToPath(import.meta.resolve(args.path)) }));
  },
};

/**
 * A class's eager table, as tsc compiles the generated classes (`new antlr.DFA(ds, index)`)
 * and as antlr4ng ships its XPath lexer (`{ return new DFA(ds, index); }`): the class, then the DFA constructor.
 */
const EAGER_DFA = /static decisionsToDFA = (\w+)\._ATN\.decisionToState\.map\(\(ds, index\) => \{?\s*(?:return )?new ((?:antlr\.)?DFA)\(ds, index\);?\s*\}?\);/;

/** The modules whose classes build a decision table on import, each with how many. */
const EAGER_TABLES = [
  { file: /[\\/]dist[\\/]generated[\\/]Wat(Lexer|Parser)\.js$/, count: 1 },
  { file: /[\\/]antlr4ng[\\/]dist[\\/]index\.mjs$/, count: 1 },
];

const lazyDecisionTables = {
  name: "lazy-decision-tables",
  setup(build) {
    for (const { file, count } of EAGER_TABLES) {
      build.onLoad({ filter: file }, async (args) => {
        const code = await readFile(args.path, "utf8");
        const found = code.match(new RegExp(EAGER_DFA, "g"))?.length ?? 0;
        if (found !== count) return { errors: [{ text: `${args.path} builds ${found} decisionsToDFA tables as scripts/bundle.mjs reads them, not ${count}` }] };
        const lazy = (_, cls, dfa) =>
          `static #decisionsToDFA; static get decisionsToDFA() { return (${cls}.#decisionsToDFA ??= ${cls}._ATN.decisionToState.map((ds, index) => new ${dfa}(ds, index))); }`;
        return { contents: code.replace(EAGER_DFA, lazy), loader: "js" };
      });
    }
  },
};

/** How a module makes its loader, and the name of the modules that do (one a layer). */
const LOADER = /\bconst (\w+) = loaderFor\(import\.meta\.url\);/;
const LOADING_MODULE = "on-first-use.js";

/** The compiled modules under `dir`. */
function modulesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Each loading module's loads, by its path: the call's text, and the
 * entry the loaded module becomes (its path below dist/src, `/` as `-`).
 */
function firstUseLoads() {
  const src = join(root, "dist/src");
  const loads = new Map();
  const errors = [];
  for (const path of modulesUnder(src)) {
    const code = readFileSync(path, "utf8");
    if (path.endsWith(`${sep}load-on-first-use.js`) || !code.includes("loaderFor(")) continue;
    const name = LOADER.exec(code)?.[1];
    if (name === undefined || !path.endsWith(sep + LOADING_MODULE)) {
      errors.push(`${path} calls loaderFor, but not as ${LOADING_MODULE} with \`const NAME = loaderFor(import.meta.url);\``);
      continue;
    }
    const calls = [...code.matchAll(new RegExp(`\\b${name}\\("([^"]+)"\\)`, "g"))].map(([call, specifier]) => {
      const target = resolve(dirname(path), specifier);
      if (!existsSync(target)) errors.push(`${path} loads ${specifier}, which is not there`);
      return { call, specifier, module: relative(join(root, "dist"), target).split(sep).join("/"), entry: relative(src, target).replace(/\.js$/, "").split(sep).join("-") };
    });
    if (calls.length === 0) errors.push(`${path} makes a loader and loads nothing with it`);
    loads.set(path, { name, calls });
  }
  if (!existsSync(join(src, "load-on-first-use.js"))) errors.push("dist/src/load-on-first-use.js, the loader, is not there");
  if (errors.length > 0) throw new Error(`scripts/bundle.mjs: ${errors.join("; ")}`);
  return loads;
}

const LOADS = firstUseLoads();

const firstUseEntries = {
  name: "first-use-entries",
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*[\\/]on-first-use\.js$/ }, async (args) => {
      const loads = LOADS.get(args.path);
      if (loads === undefined) return { errors: [{ text: `${args.path} was not read for its loads before the build` }] };
      let code = await readFile(args.path, "utf8");
      for (const { call, entry } of loads.calls) code = code.replaceAll(call, `${loads.name}("./${entry}.js")`);
      return { contents: code, loader: "js" };
    });
  },
};

const entryPoints = { ...ENTRIES };
for (const folder of Object.keys(WORKER_STARTERS)) entryPoints[`${folder}-worker`] = `src/${folder}/worker.js`;
for (const { calls } of LOADS.values()) {
  for (const { entry, specifier, module } of calls) {
    if (entryPoints[entry] !== undefined && entryPoints[entry] !== module) throw new Error(`scripts/bundle.mjs: the entry ${entry} of ${specifier} is taken`);
    entryPoints[entry] = module;
  }
}

// Chunks are named by their hash: those of an earlier build would stay beside the new ones.
rmSync(join(root, "dist/bundle"), { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: join(root, "dist"),
  entryPoints,
  outdir: join(root, "dist/bundle"),
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  plugins: [bundledPackages, workerUrls, lazyDecisionTables, firstUseEntries],
});
