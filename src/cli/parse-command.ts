/** `watkit parse in.wat [-o out.wasm] [--no-names]`: text to binary. */
import { wat2wasm } from "../wat2wasm.js";
import type { SourceText } from "../syntax/source-text.js";
import { readText, writeOutput } from "./io.js";
import { formatError } from "./report.js";
import type { CommandSpec } from "./command.js";

export const parseCommand: CommandSpec = {
  name: "parse",
  summary: "convert WebAssembly text (.wat) to binary (.wasm)",
  usage: "watkit parse <in.wat|-> [-o out.wasm] [--no-names]",
  // Measured: the AST of instruction-dense text takes up to about 13 bytes
  // per byte of text, and the model grows while the AST shrinks.
  heapPerInputByte: 20,
  run(args) {
    const { positional, output, flags } = args;
    if (positional.length !== 1) return usageError(this.usage);
    const input = positional[0];
    const file = input === "-" ? "<stdin>" : input;
    let text: SourceText;
    try {
      text = readText(input);
    } catch (error) {
      process.stderr.write(formatError(error instanceof TypeError ? new Error("input is not valid UTF-8") : error, file) + "\n");
      return 1;
    }
    let bytes: Uint8Array;
    try {
      bytes = wat2wasm(text, { names: !flags.has("no-names") });
    } catch (error) {
      process.stderr.write(formatError(error, file, text) + "\n");
      return 1;
    }
    const target = output ?? (input === "-" ? "-" : input.replace(/\.wat$/, "") + ".wasm");
    if (target === "-" && process.stdout.isTTY) {
      process.stderr.write("refusing to write binary to a terminal; use -o FILE\n");
      return 2;
    }
    writeOutput(target, bytes);
    return 0;
  },
};

function usageError(usage: string): number {
  process.stderr.write(`usage: ${usage}\n`);
  return 2;
}
