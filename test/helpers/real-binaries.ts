/**
 * The real binaries the tests (and the lead's round-trip test) run on:
 *
 * - `realBinaries()`: large compiler output shipped inside installed npm
 *   packages (devDependencies kept for this, and jco's own wasm). They are
 *   test inputs only, never committed. A missing package or file throws an
 *   error that names it: an input that went away must not pass unnoticed.
 * - `corpusBinaries()`: every `.wasm` under corpus/, the compiler output the
 *   project built itself (corpus/build.sh), with the compiler recorded in
 *   corpus/outputs.tsv.
 *
 * Each entry says where the file is and what made it, so a failing case can
 * be reported as "Go (esbuild-wasm 0.28.2 esbuild.wasm)" rather than a path.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export type Language = "C" | "C++" | "Go" | "Rust" | "AssemblyScript";

export interface RealBinary {
  /** A short, unique label for test titles. */
  name: string;
  /** Absolute path of the file. */
  path: string;
  /** The source language of most of the code. */
  language: Language;
  /** The compiler or tool chain that made it. */
  producer: string;
  /** For npm binaries: the package that ships it, and its installed version. */
  package?: string;
  version?: string;
}

/** Where a package's binary is; `via` names the package that depends on it, when it is not ours. */
interface PackagedBinary {
  package: string;
  via?: string;
  file: string;
  language: Language;
  producer: string;
}

// Sizes are of the versions in package-lock.json; language and producer come
// from each binary's "producers" section where it has one, otherwise from the
// package's documentation of its build.
const PACKAGED: PackagedBinary[] = [
  // Go: esbuild compiled with GOOS=js GOARCH=wasm (14 MB; the bench's (e)).
  { package: "esbuild-wasm", file: "esbuild.wasm", language: "Go", producer: "Go gc (GOOS=js GOARCH=wasm)" },
  // Rust: swc through wasm-bindgen (18 MB, with a name section).
  { package: "@swc/wasm", file: "wasm_bg.wasm", language: "Rust", producer: "rustc + wasm-bindgen 0.2.100 (walrus)" },
  // Rust: wasm-tools and jco's bindings generator, jco's own core modules
  // (2.4 MB, the bench's (d); 3.5 MB).
  {
    package: "@bytecodealliance/jco-transpile",
    via: "@bytecodealliance/jco",
    file: "vendor/wasm-tools.core.wasm",
    language: "Rust",
    producer: "rustc + wit-component",
  },
  {
    package: "@bytecodealliance/jco-transpile",
    via: "@bytecodealliance/jco",
    file: "vendor/js-component-bindgen-component.core.wasm",
    language: "Rust",
    producer: "rustc + wit-component",
  },
  // Rust and C: componentize-js' splicer (5.5 MB, name section).
  {
    package: "@bytecodealliance/componentize-js",
    via: "@bytecodealliance/jco",
    file: "lib/spidermonkey-embedding-splicer.core.wasm",
    language: "Rust",
    producer: "rustc + clang (wasi-sdk) + wit-component",
  },
  // C++: SpiderMonkey in StarlingMonkey, wasi-sdk clang (10.5 MB; 13 MB with a name section).
  {
    package: "@bytecodealliance/componentize-js",
    via: "@bytecodealliance/jco",
    file: "lib/starlingmonkey_embedding.wasm",
    language: "C++",
    producer: "clang (wasi-sdk) + rustc",
  },
  {
    package: "@bytecodealliance/componentize-js",
    via: "@bytecodealliance/jco",
    file: "lib/starlingmonkey_embedding.debug.wasm",
    language: "C++",
    producer: "clang (wasi-sdk) + rustc",
  },
  // C++: DuckDB with Wasm exception handling, Emscripten (34 MB, the largest input: 350 MB of text).
  { package: "@duckdb/duckdb-wasm", file: "dist/duckdb-eh.wasm", language: "C++", producer: "Emscripten (clang)" },
  // C++: Skia (CanvasKit), Emscripten (7.3 MB).
  { package: "canvaskit-wasm", file: "bin/canvaskit.wasm", language: "C++", producer: "Emscripten (clang)" },
  // C: SQLite (sql.js), Emscripten; the debug build keeps names (0.7 MB each).
  { package: "sql.js", file: "dist/sql-wasm.wasm", language: "C", producer: "Emscripten (clang)" },
  { package: "sql.js", file: "dist/sql-wasm-debug.wasm", language: "C", producer: "Emscripten (clang)" },
  // C: tree-sitter's runtime, Emscripten; a dylink.0 side module (0.2 MB; 0.8 MB with DWARF).
  { package: "web-tree-sitter", file: "web-tree-sitter.wasm", language: "C", producer: "Emscripten (clang)" },
  { package: "web-tree-sitter", file: "debug/web-tree-sitter.wasm", language: "C", producer: "Emscripten (clang)" },
  // Rust: WASI preview 1 adapter shipped with jco (small, many custom sections).
  {
    package: "@bytecodealliance/jco",
    file: "lib/wasi_snapshot_preview1.command.wasm",
    language: "Rust",
    producer: "rustc (wasi preview1 adapter)",
  },
];

let root: string | undefined;

/** The folder of watkit's package.json (this file is in test/helpers or dist/test/helpers below it). */
export function projectRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "watkit") return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find watkit's package.json above ${import.meta.url}`);
    dir = parent;
  }
}

/**
 * The installed folder of `name`, found the way Node finds it from `from`
 * (a package.json). Packages' `exports` maps hide their .wasm files from
 * require.resolve, so this looks for the package's folder on Node's search
 * path instead of resolving a file in it.
 */
function packageDirFrom(name: string, from: string): string | undefined {
  for (const modules of createRequire(from).resolve.paths(name) ?? []) {
    const dir = join(modules, name);
    if (existsSync(join(dir, "package.json"))) return dir;
  }
  return undefined;
}

/** A package's folder: ours, or (with `via`) the one the package `via` depends on. */
function packageDir(name: string, via: string | undefined): string {
  const ours = join(projectRoot(), "package.json");
  if (via === undefined) {
    const dir = packageDirFrom(name, ours);
    if (dir === undefined) throw new Error(`package ${name} is not installed (a devDependency: run npm install)`);
    return dir;
  }
  const owner = packageDirFrom(via, ours);
  if (owner === undefined) throw new Error(`package ${via} is not installed (a devDependency: run npm install)`);
  const dir = packageDirFrom(name, join(owner, "package.json"));
  if (dir === undefined) throw new Error(`package ${name}, a dependency of ${via}, is not installed`);
  return dir;
}

let packaged: RealBinary[] | undefined;

/** Every binary of PACKAGED; throws, naming all of them, when any is missing. */
export function realBinaries(): RealBinary[] {
  if (packaged !== undefined) return packaged;
  const found: RealBinary[] = [];
  const missing: string[] = [];
  for (const entry of PACKAGED) {
    let dir: string;
    try {
      dir = packageDir(entry.package, entry.via);
    } catch (error) {
      missing.push((error as Error).message);
      continue;
    }
    const path = join(dir, entry.file);
    const version = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
    if (!existsSync(path)) {
      missing.push(`${entry.package}@${version} has no ${entry.file} (the package changed its layout?)`);
      continue;
    }
    found.push({
      name: `${entry.package}/${entry.file}`,
      path,
      language: entry.language,
      producer: entry.producer,
      package: entry.package,
      version,
    });
  }
  if (missing.length > 0) throw new Error(`real binaries missing:\n  ${missing.join("\n  ")}`);
  return (packaged = found);
}

/** One line of corpus/outputs.tsv: what corpus/build.sh built and from what. */
export interface CorpusOutput {
  /** Relative to corpus/, with forward slashes. */
  output: string;
  bytes: number;
  sha256: string;
  compiler: string;
  flags: string;
  sources: { path: string; sha256: string }[];
}

export function corpusDir(): string {
  return join(projectRoot(), "corpus");
}

export function corpusManifest(): CorpusOutput[] {
  const [header, ...lines] = readFileSync(join(corpusDir(), "outputs.tsv"), "utf8").trimEnd().split("\n");
  if (header !== "output\tbytes\tsha256\tcompiler\tflags\tsources") throw new Error(`corpus/outputs.tsv: unexpected header ${header}`);
  return lines.map((line) => {
    const [output, bytes, sha256, compiler, flags, sources] = line.split("\t");
    return {
      output,
      bytes: Number(bytes),
      sha256,
      compiler,
      flags,
      sources: sources.split(" ").map((item) => {
        const at = item.lastIndexOf(":");
        return { path: item.slice(0, at), sha256: item.slice(at + 1) };
      }),
    };
  });
}

/** The language of a corpus output, from its top folder. */
const CORPUS_LANGUAGES: Record<string, Language> = { c: "C", objects: "C", go: "Go", assemblyscript: "AssemblyScript", rust: "Rust" };

/** Every `.wasm` and object (`.o`) file under corpus/, sorted; the producer is the compiler outputs.tsv records. */
export function corpusBinaries(): RealBinary[] {
  const dir = corpusDir();
  const compilers = new Map(corpusManifest().map((entry) => [entry.output, entry.compiler]));
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith(".wasm") || file.endsWith(".o"))
    .map((file) => file.split(sep).join("/"))
    .sort();
  return files.map((name) => {
    const language = CORPUS_LANGUAGES[name.split("/")[0]];
    if (language === undefined) throw new Error(`corpus/${name}: no language is known for its folder`);
    const producer = compilers.get(name);
    if (producer === undefined) throw new Error(`corpus/${name} is not in corpus/outputs.tsv: build it with corpus/build.sh`);
    return { name: `corpus/${name}`, path: join(dir, name), language, producer };
  });
}

/**
 * Round trips of binaries up to this size run in the test's process; larger
 * ones (hundreds of megabytes of text) go through the CLI in a child process.
 */
export const IN_PROCESS_LIMIT = 4_000_000;

/** A binary's test title: its language and name. */
export function label(b: RealBinary): string {
  return `${b.language}: ${b.name}`;
}

/** A path relative to the project root, for messages. */
export function shown(path: string): string {
  return relative(projectRoot(), path);
}

/** The corpus outputs, then the npm binaries: every binary input of the round-trip tests. */
export function allBinaries(): RealBinary[] {
  return [...corpusBinaries(), ...realBinaries()];
}
