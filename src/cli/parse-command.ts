/** `watkit parse in.wat [-o out.wasm] [--no-names] [--no-validate]`: text to binary, validated. */
import { wat2wasm } from "../wat2wasm.js";
import type { SourceText } from "../syntax/source-text.js";
import { validate } from "../validate/validate.js";
import { readTextInput, refuseInputAsOutput, writeOutput } from "./io.js";
import { displayName, expectKind } from "./input-kind.js";
import { formatDiagnostic, formatError } from "./report.js";
import { FEATURES_OPTION, featuresOf, JOBS_OPTION, jobsOf, NO_VALIDATE_OPTION, OUTPUT_OPTION, UsageError, type CommandSpec } from "./command.js";

export const parseCommand: CommandSpec = {
  name: "parse",
  summary: "convert WebAssembly text (.wat) to binary (.wasm), refusing an invalid module",
  usage: "watkit parse <in.wat|-> [-o out.wasm] [--no-names] [--no-validate] [--features LIST] [--jobs N]",
  options: [
    { ...OUTPUT_OPTION, help: "write the binary to FILE (default: the input's name with .wasm; `-` is stdout)" },
    { name: "no-names", help: "leave out the name section (the $ids)" },
    NO_VALIDATE_OPTION,
    FEATURES_OPTION,
    JOBS_OPTION,
  ],
  // Measured: the AST of instruction-dense text takes up to about 13 bytes
  // per byte of text, and the model grows while the AST shrinks.
  heapPerInputByte: 20,
  run(args) {
    const { positional, output, flags } = args;
    if (positional.length !== 1) throw new UsageError(`expected one input file\nusage: ${this.usage}`);
    const features = featuresOf(args);
    const jobs = jobsOf(args);
    const input = positional[0];
    const file = displayName(input);
    const target = output ?? (input === "-" ? "-" : input.replace(/\.wat$/, "") + ".wasm");
    refuseInputAsOutput([input], target);
    const text = readWat(input, file);
    if (text === undefined) return 1;
    let bytes: Uint8Array;
    try {
      bytes = wat2wasm(text, { names: !flags.has("no-names"), features, jobs });
    } catch (error) {
      process.stderr.write(formatError(error, file, text) + "\n");
      return 1;
    }
    // The binary is checked with validation's own default, whatever `--jobs` says of the conversion: the binary is
    // a twentieth of the text, where a validation worker's start-up costs more than it saves and its heap adds
    // 0.2x the text to the peak RSS.
    const checked = flags.has("no-validate") ? undefined : validate(bytes);
    if (checked !== undefined && !checked.valid) {
      // Validating the text again (only when the binary is invalid) locates each error at its line and column.
      const located = validate(text).errors;
      const errors = located.length > 0 ? located : checked.errors.map((d) => ({ ...d, offset: undefined }));
      for (const d of errors) process.stderr.write(formatDiagnostic(d, file, text) + "\n");
      return 1;
    }
    if (target === "-" && process.stdout.isTTY) throw new UsageError("refusing to write binary to a terminal; use -o FILE");
    writeOutput(target, bytes);
    return 0;
  },
};

/** The input's text, or undefined (reported) when it is not UTF-8. */
function readWat(input: string, file: string): SourceText | undefined {
  try {
    return readTextInput(input, (head) => expectKind(head, input, "text"));
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    process.stderr.write(formatError(new Error("input is not valid UTF-8"), file) + "\n");
    return undefined;
  }
}
