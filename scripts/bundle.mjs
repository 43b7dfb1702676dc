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
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
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

const entryPoints = { ...ENTRIES };
for (const folder of Object.keys(WORKER_STARTERS)) entryPoints[`${folder}-worker`] = `src/${folder}/worker.js`;

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
  plugins: [bundledPackages, workerUrls, lazyDecisionTables],
});
