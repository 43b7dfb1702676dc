/**
 * `watkit run module.(wat|wasm) [--dir host[:guest]]... [--env K=V]... [-- args]`:
 * runs a WASI (preview 1) command module with Node's `node:wasi`. Only the
 * directories given are visible to it (at the guest path, by default the
 * host path); stdin, stdout and stderr are the command's; the module's exit
 * code is watkit's.
 */
import { createRequire } from "node:module";
import { decode } from "../binary/decode.js";
import { wat2wasm } from "../wat2wasm.js";
import { compile } from "../wast/engine.js";
import { decodeText, readInput } from "./io.js";
import { displayName, eitherKind } from "./input-kind.js";
import { reportError } from "./report.js";
import { describeTrap } from "./trap.js";
import { FEATURES_OPTION, featuresOf, UsageError, type CommandSpec } from "./command.js";

/** Import modules of Go's `GOOS=js` output, which only its `wasm_exec.js` provides. */
const GO_GLUE = new Set(["go", "gojs"]);
const WASI = "wasi_snapshot_preview1";

export const runCommand: CommandSpec = {
  name: "run",
  summary: "run a WASI command module (preview 1) with Node's WASI",
  usage: "watkit run <module.wat|module.wasm> [--dir host[:guest]]... [--env K=V]... [--features LIST] [-- args...]",
  options: [
    { name: "dir", value: "HOST[:GUEST]", multiple: true, help: "let the program see directory HOST, at GUEST (default: the same path); repeatable" },
    { name: "env", value: "K=V", multiple: true, help: "give the program the environment variable K (it sees no other); repeatable" },
    FEATURES_OPTION,
  ],
  run(args) {
    const { positional, values, rest } = args;
    if (positional.length !== 1) throw new UsageError(`expected one module\nusage: ${this.usage}`);
    const features = featuresOf(args);
    const input = positional[0];
    const file = displayName(input);
    const bytes = readInput(input);
    let wasm: WebAssembly.Module;
    let text: string | undefined;
    try {
      if (eitherKind(bytes, input) === "text") text = decodeText(bytes) as string;
      wasm = compile(text === undefined ? withinFeatures(bytes, features) : wat2wasm(text, { features }));
    } catch (error) {
      return reportError(error, file, text);
    }
    const unrunnable = whyNotRunnable(wasm, file);
    if (unrunnable !== undefined) {
      process.stderr.write(`watkit run: ${unrunnable}\n`);
      return 1;
    }
    const preopens: Record<string, string> = {};
    for (const dir of values.get("dir") ?? []) {
      const at = dir.indexOf(":");
      const [host, guest] = at < 0 ? [dir, dir] : [dir.slice(0, at), dir.slice(at + 1)];
      preopens[guest] = host;
    }
    const env: Record<string, string> = {};
    for (const pair of values.get("env") ?? []) {
      const at = pair.indexOf("=");
      if (at <= 0) throw new UsageError(`--env expects K=V, got '${pair}'`);
      env[pair.slice(0, at)] = pair.slice(at + 1);
    }
    const wasi = quietly(() => {
      const { WASI } = createRequire(import.meta.url)("node:wasi") as typeof import("node:wasi");
      return new WASI({ version: "preview1", args: [input, ...rest], env, preopens, returnOnExit: true });
    });
    try {
      // Inside the try: a start function runs, and may trap, while instantiating.
      const instance = new WebAssembly.Instance(wasm, wasi.getImportObject() as WebAssembly.Imports);
      return wasi.start(instance) ?? 0;
    } catch (error) {
      const trap = describeTrap(error);
      if (trap === undefined) throw error;
      process.stderr.write(`watkit run: ${file}: trap: ${trap}${text !== undefined ? "\n  (byte offsets are in the binary encoded from the text)" : ""}\n`);
      return 1;
    }
  },
};

/** Why the module cannot run as a WASI command, in words; undefined when it can. */
function whyNotRunnable(wasm: WebAssembly.Module, file: string): string | undefined {
  const imports = WebAssembly.Module.imports(wasm);
  const go = imports.find((i) => GO_GLUE.has(i.module));
  if (go !== undefined) {
    return (
      `${file} needs Go's JavaScript glue (wasm_exec.js): it imports ${go.module}.${go.name}, which WASI does not provide, ` +
      "so it cannot run on WASI as it is: make it a WASI command with " +
      `\`watkit rewrite ${file} OUT.wasm --pass go-wasi\` (see \`watkit rewrite --help go-wasi\`)`
    );
  }
  const foreign = imports.filter((i) => i.module !== WASI);
  if (foreign.length > 0) {
    const names = foreign.slice(0, 5).map((i) => `${i.module}.${i.name}`).join(", ");
    return `${file} imports ${names}${foreign.length > 5 ? ", ..." : ""}, which WASI does not provide`;
  }
  const exports = WebAssembly.Module.exports(wasm);
  if (!exports.some((e) => e.name === "_start" && e.kind === "function")) {
    const names = exports.map((e) => `${e.name} (${e.kind})`);
    return `${file} has no \`_start\` export, so it is not a WASI command; ${names.length === 0 ? "it exports nothing" : `exports are: ${names.join(", ")}`}`;
  }
  if (!exports.some((e) => e.name === "memory" && e.kind === "memory")) return `${file} exports no \`memory\`, which WASI needs to pass data to the program`;
  return undefined;
}

/**
 * Runs `make` without Node's notice that WASI is experimental: the program's
 * stderr is its own. (node:wasi is loaded here, not imported, for the same
 * reason: the notice would otherwise come with every watkit command.)
 */
function quietly<T>(make: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (!/WASI/.test(text)) (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return make();
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** The binary, once it keeps to the features (decoding checks them). */
function withinFeatures(bytes: Uint8Array, features: string | undefined): Uint8Array {
  if (features !== undefined) decode(bytes, { features, names: false });
  return bytes;
}
