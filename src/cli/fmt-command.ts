/**
 * `watkit fmt files... [--check | --write] [--flat | --folded]`: formats WAT
 * and `.wast` files. Without a flag the formatted text goes to stdout;
 * `--check` lists the files whose formatting would change and exits 1;
 * `--write` replaces each changed file through a temporary file. Options come
 * from Prettier configuration and `.editorconfig`, as Prettier finds them for
 * each file. A file with a syntax error is reported and left untouched.
 */
import { resolve } from "node:path";
import { format, type FormatOptions, type InstructionStyle } from "../print/format/format.js";
import { readText, writeOutput } from "./io.js";
import { formatError } from "./report.js";
import type { CommandSpec } from "./command.js";

const STYLES: readonly InstructionStyle[] = ["preserve", "flat", "folded"];

export const fmtCommand: CommandSpec = {
  name: "fmt",
  summary: "format WebAssembly text (.wat, .wast) files",
  usage: "watkit fmt <files...|-> [--check | --write] [--flat | --folded]",
  async run(args) {
    const { positional, flags } = args;
    const check = flags.has("check");
    const write = flags.has("write");
    const unknown = [...flags].filter((f) => !["check", "write", "flat", "folded"].includes(f));
    if (positional.length === 0 || (check && write) || unknown.length > 0 || (flags.has("flat") && flags.has("folded"))) {
      process.stderr.write(`usage: ${this.usage}\n`);
      return 2;
    }
    let failed = false;
    let changed = false;
    for (const input of positional) {
      const file = input === "-" ? "<stdin>" : input;
      let text: string;
      try {
        const read = readText(input);
        if (typeof read !== "string") throw new Error("input is too large to format");
        text = read;
      } catch (error) {
        process.stderr.write(formatError(error instanceof TypeError ? new Error("input is not valid UTF-8") : error, file) + "\n");
        failed = true;
        continue;
      }
      let formatted: string;
      try {
        formatted = format(text, await options(input, flags));
      } catch (error) {
        process.stderr.write(formatError(error, file, text) + "\n");
        failed = true;
        continue;
      }
      if (check) {
        if (formatted !== text) {
          process.stdout.write(`${file}\n`);
          changed = true;
        }
      } else if (write && input !== "-") {
        if (formatted !== text) writeOutput(input, Buffer.from(formatted, "utf8"));
      } else {
        writeOutput("-", Buffer.from(formatted, "utf8"));
      }
    }
    return failed || changed ? 1 : 0;
  },
};

/** The file's Prettier configuration (and `.editorconfig`), with `--flat`/`--folded` over it. */
async function options(input: string, flags: Set<string>): Promise<FormatOptions> {
  // Loaded here, not at the top: the other commands need not pay for loading Prettier.
  const { resolveConfig } = await import("prettier");
  const config = (await resolveConfig(resolve(input === "-" ? "stdin.wat" : input), { editorconfig: true })) ?? {};
  const style = flags.has("flat") ? "flat" : flags.has("folded") ? "folded" : config.instructionStyle;
  return {
    printWidth: typeof config.printWidth === "number" ? config.printWidth : undefined,
    tabWidth: typeof config.tabWidth === "number" ? config.tabWidth : undefined,
    useTabs: typeof config.useTabs === "boolean" ? config.useTabs : undefined,
    instructionStyle: STYLES.includes(style as InstructionStyle) ? (style as InstructionStyle) : undefined,
    compactBodies: typeof config.compactBodies === "boolean" ? config.compactBodies : undefined,
  };
}
