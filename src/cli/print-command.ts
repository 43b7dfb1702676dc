/**
 * `watkit print in.wasm [-o out.wat] [--folded] [--no-names] [--canonical]`:
 * binary to text, streamed. `--canonical` leaves out the notes that make the
 * text re-encode to the identical bytes.
 */
import { wasm2watStream } from "../wasm2wat.js";
import { readInput, writeStreamed } from "./io.js";
import { formatError } from "./report.js";
import type { CommandSpec } from "./command.js";

export const printCommand: CommandSpec = {
  name: "print",
  summary: "convert WebAssembly binary (.wasm) to text (.wat)",
  usage: "watkit print <in.wasm|-> [-o out.wat] [--folded] [--no-names] [--canonical]",
  // The decoded model is about 30 times the binary; the text is streamed out.
  heapPerInputByte: 40,
  run(args) {
    const { positional, output, flags } = args;
    if (positional.length !== 1) {
      process.stderr.write(`usage: ${this.usage}\n`);
      return 2;
    }
    const input = positional[0];
    const file = input === "-" ? "<stdin>" : input;
    const target = output ?? "-";
    try {
      const bytes = readInput(input);
      writeStreamed(target, (write) => wasm2watStream(bytes, { folded: flags.has("folded"), names: !flags.has("no-names"), exact: !flags.has("canonical") }, write));
    } catch (error) {
      process.stderr.write(formatError(error, file) + "\n");
      return 1;
    }
    return 0;
  },
};
