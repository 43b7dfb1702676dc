/**
 * `watkit validate <in.wat|in.wasm|->`: reports every validation error,
 * located (line and column with the source line for text, byte offset for
 * binaries); exit 1 when the module is invalid. Binary or text is told by
 * the `\0asm` magic, not the file name, so stdin works for both.
 */
import { validate } from "../validate/validate.js";
import type { SourceText } from "../syntax/source-text.js";
import { decodeText, readInput } from "./io.js";
import { formatDiagnostic, formatError } from "./report.js";
import type { CommandSpec } from "./command.js";

const MAGIC = [0x00, 0x61, 0x73, 0x6d];

export const validateCommand: CommandSpec = {
  name: "validate",
  summary: "check that a WebAssembly module (.wat or .wasm) is valid",
  usage: "watkit validate <in.wat|in.wasm|->",
  // Text needs its AST and the model at once; a binary only the model.
  heapPerInputByte: 40,
  run(args) {
    if (args.positional.length !== 1) {
      process.stderr.write(`usage: ${this.usage}\n`);
      return 2;
    }
    const input = args.positional[0];
    const file = input === "-" ? "<stdin>" : input;
    let bytes: Uint8Array;
    let source: SourceText | undefined;
    try {
      bytes = readInput(input);
      if (!MAGIC.every((b, i) => bytes[i] === b)) source = decodeText(bytes);
    } catch (error) {
      process.stderr.write(formatError(error instanceof TypeError ? new Error("input is neither a binary module nor UTF-8 text") : error, file) + "\n");
      return 1;
    }
    const result = validate(source ?? bytes);
    for (const d of result.errors) process.stderr.write(formatDiagnostic(d, file, source) + "\n");
    return result.valid ? 0 : 1;
  },
};
