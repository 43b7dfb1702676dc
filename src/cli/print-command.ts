/**
 * `watkit print in.wasm [-o out.wat] [--folded] [--no-names] [--canonical] [--raw-custom] [--jobs N]`:
 * binary to text, streamed. `--canonical` leaves out the notes that make the
 * text re-encode to the identical bytes.
 */
import { wasm2watStream } from "../wasm2wat.js";
import { readInput, refuseInputAsOutput, writeStreamed } from "./io.js";
import { displayName, expectKind } from "./input-kind.js";
import { reportError } from "./report.js";
import { featuresOption, givenFeatures, JOBS_OPTION, jobsOf, OUTPUT_OPTION, UsageError, type CommandSpec } from "./command.js";

export const printCommand: CommandSpec = {
  name: "print",
  summary: "convert WebAssembly binary (.wasm) to text (.wat)",
  usage: "watkit print <in.wasm|-> [-o out.wat] [--folded] [--no-names] [--canonical] [--raw-custom] [--features LIST] [--jobs N]",
  options: [
    { ...OUTPUT_OPTION, help: "write the text to FILE (default: stdout)" },
    { name: "folded", help: "print instructions folded (s-expressions) instead of flat" },
    { name: "no-names", help: "ignore the name section: print indices, not $ids" },
    { name: "canonical", help: "leave out the notes that make the text re-encode to the identical bytes" },
    { name: "raw-custom", help: "print an object file's linking and reloc.* sections as raw (@custom ...) bytes" },
    featuresOption("none checked, print reads every feature"),
    JOBS_OPTION,
  ],
  // The decoded model is about 30 times the binary; the text is streamed out.
  heapPerInputByte: 40,
  run(args) {
    const { positional, output, flags } = args;
    if (positional.length !== 1) throw new UsageError(`expected one input file\nusage: ${this.usage}`);
    const input = positional[0];
    const features = givenFeatures(args);
    const jobs = jobsOf(args);
    refuseInputAsOutput([input], output ?? "-");
    const bytes = readInput(input);
    expectKind(bytes, input, "binary");
    // Every chunk is written before the next is printed, so the printer lends its buffer instead of copying it.
    const options = { folded: flags.has("folded"), names: !flags.has("no-names"), exact: !flags.has("canonical"), rawCustom: flags.has("raw-custom"), features, jobs, lendChunks: true };
    try {
      writeStreamed(output ?? "-", (write, droppedOnError) => wasm2watStream(bytes, { ...options, droppedOnError }, write));
    } catch (error) {
      return reportError(error, displayName(input));
    }
    return 0;
  },
};
