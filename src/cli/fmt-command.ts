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
import { decodeText, FileError, hasByteOrderMark, readInput, writeOutput } from "./io.js";
import { displayName, expectKind } from "./input-kind.js";
import { formatError, reportError } from "./report.js";
import { UsageError, type CommandSpec } from "./command.js";

const STYLES: readonly InstructionStyle[] = ["preserve", "flat", "folded"];

export const fmtCommand: CommandSpec = {
  name: "fmt",
  summary: "format WebAssembly text (.wat, .wast) files",
  usage: "watkit fmt <files...|-> [--check | --write] [--flat | --folded]",
  options: [
    { name: "check", help: "list the files whose formatting would change, and exit 1 if any would" },
    { name: "write", help: "rewrite the files in place (keeping their mode, symbolic links and byte order mark)" },
    { name: "flat", help: "print instructions flat" },
    { name: "folded", help: "print instructions folded (s-expressions)" },
  ],
  async run(args) {
    const { positional, flags } = args;
    const check = flags.has("check");
    const write = flags.has("write");
    if (positional.length === 0) throw new UsageError(`expected files to format\nusage: ${this.usage}`);
    if (check && write) throw new UsageError("--check and --write exclude each other");
    if (flags.has("flat") && flags.has("folded")) throw new UsageError("--flat and --folded exclude each other");
    let failed = false;
    let changed = false;
    for (const input of positional) {
      const file = displayName(input);
      let text: string;
      let bom: boolean;
      try {
        const bytes = readInput(input);
        expectKind(bytes, input, "text");
        // The decoder drops a byte order mark; it is put back on the output.
        bom = hasByteOrderMark(bytes);
        const read = decodeText(bytes);
        if (typeof read !== "string") throw new Error("input is too large to format");
        text = read;
      } catch (error) {
        process.stderr.write((error instanceof TypeError ? formatError(new Error("input is not valid UTF-8"), file) : message(error, file)) + "\n");
        failed = true;
        continue;
      }
      let formatted: string;
      try {
        formatted = format(text, await options(input, flags));
      } catch (error) {
        reportError(error, file, text);
        failed = true;
        continue;
      }
      const out = Buffer.from((bom ? "\uFEFF" : "") + formatted, "utf8");
      if (check) {
        if (formatted !== text) {
          process.stdout.write(`${file}\n`);
          changed = true;
        }
      } else if (write && input !== "-") {
        try {
          if (formatted !== text) writeOutput(input, out);
        } catch (error) {
          process.stderr.write(message(error, file) + "\n");
          failed = true;
        }
      } else {
        writeOutput("-", out);
      }
    }
    return failed || changed ? 1 : 0;
  },
};

/** Files are reported one by one, so a file that cannot be read does not stop the others. */
function message(error: unknown, file: string): string {
  const text = error instanceof Error ? error.message : String(error);
  return error instanceof FileError ? `watkit fmt: ${text}` : formatError(error, file);
}

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
