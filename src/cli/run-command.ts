/**
 * `watkit run module.(wat|wasm) [--dir host[:guest]]... [--env K=V]... [-- args]`:
 * runs a WASI (preview 1) command module with Node's `node:wasi`. Only the
 * directories given are visible to it (at the guest path, by default the
 * host path); stdin, stdout and stderr are the command's; the module's exit
 * code is watkit's.
 */
import { createRequire } from "node:module";
import { wat2wasm } from "../wat2wasm.js";
import { compile } from "../wast/engine.js";
import { decodeText, readInput } from "./io.js";
import { formatError } from "./report.js";
import type { CommandSpec } from "./command.js";

export const runCommand: CommandSpec = {
  name: "run",
  summary: "run a WASI command module (preview 1) with Node's WASI",
  usage: "watkit run <module.wat|module.wasm> [--dir host[:guest]]... [--env K=V]... [-- args...]",
  valueOptions: ["dir", "env"],
  run(args) {
    const { positional, values, rest } = args;
    if (positional.length !== 1) {
      process.stderr.write(`usage: ${this.usage}\n`);
      return 2;
    }
    const file = positional[0];
    let wasm: WebAssembly.Module;
    let text: string | undefined;
    try {
      const input = readInput(file);
      const binary = input.length >= 4 && input[0] === 0 && input[1] === 0x61 && input[2] === 0x73 && input[3] === 0x6d;
      if (!binary) text = decodeText(input) as string;
      wasm = compile(text === undefined ? input : wat2wasm(text));
    } catch (error) {
      process.stderr.write(formatError(error, file, text) + "\n");
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
      if (at <= 0) {
        process.stderr.write(`watkit run: --env expects K=V, got '${pair}'\n`);
        return 2;
      }
      env[pair.slice(0, at)] = pair.slice(at + 1);
    }
    const wasi = quietly(() => {
      const { WASI } = createRequire(import.meta.url)("node:wasi") as typeof import("node:wasi");
      return new WASI({ version: "preview1", args: [file, ...rest], env, preopens, returnOnExit: true });
    });
    const instance = new WebAssembly.Instance(wasm, wasi.getImportObject() as WebAssembly.Imports);
    return wasi.start(instance) ?? 0;
  },
};

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
