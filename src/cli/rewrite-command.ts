/**
 * `watkit rewrite <in.wasm|in.wat> [out] --pass NAME[=ARGS]... [-o out]`:
 * runs rewrite passes in order; the output's format follows its extension
 * (`.wat` text, anything else binary). `--help [PASS]` explains the passes.
 */
import { encode } from "../binary/encode.js";
import { decode } from "../binary/decode.js";
import type { Module } from "../module/model.js";
import { resolveModule } from "../module/resolve.js";
import { printModule } from "../print/print.js";
import { printKeepingText, readWatKeepingText, type TextOrigin } from "../print/preserve.js";
import { rewrite } from "../rewrite/rewrite.js";
import { findPass, PASSES } from "../rewrite/registry.js";
import type { PassHost } from "../rewrite/pass.js";
import { splitStep } from "../rewrite/pass.js";
import { lineColumn, WatError } from "../syntax/errors.js";
import { parseWat } from "../syntax/parse.js";
import type { SourceText } from "../syntax/source-text.js";
import { validate } from "../validate/validate.js";
import { quotedText } from "../wat2wasm.js";
import { decodeText, readInput, writeOutput, writeStreamed } from "./io.js";
import { displayName, eitherKind } from "./input-kind.js";
import { closest } from "./suggest.js";
import { formatDiagnostic, reportError } from "./report.js";
import { helpText, NO_VALIDATE_OPTION, OUTPUT_OPTION, UsageError, type CommandSpec, type ParsedArgs } from "./command.js";

const USAGE = "watkit rewrite <in.wasm|in.wat|-> [out] --pass NAME[=ARGS]... [-o out.wasm|out.wat]";

export const rewriteCommand: CommandSpec = {
  name: "rewrite",
  summary: "edit a module with passes (dce, strip, merge, replace-import, inject-data, ...)",
  usage: USAGE,
  options: [
    { ...OUTPUT_OPTION, help: "write the result to FILE: text when its name ends in .wat, binary otherwise" },
    { name: "pass", value: "NAME[=ARGS]", multiple: true, help: "run a pass (repeatable; the passes run in order; `--help PASS` explains one)" },
    NO_VALIDATE_OPTION,
  ],
  heapPerInputByte: 40,
  help: (args) => help(args),
  run(args) {
    const { positional, flags, values } = args;
    const steps = values.get("pass") ?? [];
    const output = args.output ?? positional[1];
    if (positional.length < 1 || positional.length > (args.output === undefined ? 2 : 1) || output === undefined || steps.length === 0) {
      throw new UsageError(`expected an input, an output and at least one --pass\nusage: ${USAGE}`);
    }
    for (const step of steps) {
      const { name } = splitStep(step);
      if (findPass(name) === undefined) return unknownPass(name);
    }
    const input = positional[0];
    const file = displayName(input);
    const bytes = readInput(input);
    let source: SourceText | undefined;
    let module: Module;
    let origin: TextOrigin | undefined;
    try {
      if (eitherKind(bytes, input) === "binary") module = decode(bytes);
      else {
        source = decodeText(bytes);
        const keeping = output.endsWith(".wat") && typeof source === "string" ? readWatKeepingText(source) : undefined;
        origin = keeping?.origin;
        module = keeping?.module ?? moduleOfText(source);
      }
    } catch (error) {
      return reportError(error, file, source);
    }
    const host = new ReadingHost();
    let result: Module;
    try {
      result = rewrite(module, steps, host);
    } catch (error) {
      return reportError(...host.locate(error, file));
    }
    if (!flags.has("no-validate")) {
      const { errors } = validate(result);
      if (errors.length > 0) {
        process.stderr.write(`${file}: error: the passes made an invalid module (nothing written; --no-validate writes it anyway)\n`);
        // Positions in a rewritten module may belong to a snippet, not the input: the message names the function and instruction instead.
        for (const d of errors) process.stderr.write(formatDiagnostic({ ...d, offset: undefined, line: undefined, column: undefined }, file) + "\n");
        return 1;
      }
    }
    if (output.endsWith(".wat") && origin !== undefined) writeOutput(output, new TextEncoder().encode(printKeepingText(result, origin)));
    else if (output.endsWith(".wat")) writeStreamed(output, (write) => printModule(result, {}, write));
    else writeOutput(output, encode(result));
    return 0;
  },
};

/**
 * Reads the files passes name (snippets, data, modules to merge), as the
 * user named them; remembers the text of each, so that a syntax error in a
 * snippet is reported at its place in the snippet rather than in the input.
 */
class ReadingHost implements PassHost {
  private readonly texts: [path: string, text: string][] = [];
  private lastBinary: string | undefined;

  readFile(path: string): Uint8Array {
    const bytes = readInput(path);
    try {
      this.texts.push([path, new TextDecoder("utf-8", { fatal: true }).decode(bytes)]);
    } catch {
      // Not text: a data file or a binary module, or a snippet that is not UTF-8 (see `locate`).
      this.lastBinary = path;
    }
    return bytes;
  }

  /**
   * The file (and text) a pass's error belongs to: for a text error, the
   * latest file read whose text has the error's position; for text that is
   * not UTF-8, the latest file read that is not.
   */
  locate(error: unknown, input: string): [unknown, string, SourceText?] {
    if ((error as NodeJS.ErrnoException).code === "ERR_ENCODING_INVALID_ENCODED_DATA" && this.lastBinary !== undefined) {
      return [new Error("not valid UTF-8 text"), this.lastBinary];
    }
    if (!(error instanceof WatError)) return [error, input];
    for (let i = this.texts.length - 1; i >= 0; i--) {
      const [path, text] = this.texts[i];
      if (error.offset > text.length) continue;
      const { line, column } = lineColumn(text, error.offset);
      if (line === error.line && column === error.column) return [error, path, text];
    }
    return [new Error(error.message), input];
  }
}

function moduleOfText(source: SourceText): Module {
  const script = parseWat(source);
  const command = script.commands[0];
  if (script.commands.length !== 1 || command.kind !== "module") throw new Error("expected one module");
  const node = command.module;
  if (node.kind === "module") return resolveModule(node, source);
  if (node.kind === "quote") return moduleOfText(quotedText(node, source));
  return decode(new Uint8Array(Buffer.concat(node.strings.map((s) => s.bytes))));
}

function passList(): string {
  const lines = ["passes (watkit rewrite --help PASS for details):"];
  for (const p of PASSES) lines.push(`  ${p.name.padEnd(22)} ${p.summary}`);
  return lines.join("\n") + "\n";
}

function unknownPass(name: string): number {
  const near = closest(name, PASSES.map((p) => p.name));
  process.stderr.write(`watkit rewrite: no pass named '${name}'${near === undefined ? "" : `; did you mean '${near}'?`}\n\n${passList()}`);
  return 2;
}

function help(args: ParsedArgs): number {
  const name = args.positional[0];
  if (name === undefined) {
    process.stdout.write(`${helpText(rewriteCommand)}\nRuns the passes in order; the output is text when its name ends in .wat.\n\n${passList()}`);
    return 0;
  }
  const pass = findPass(name);
  if (pass === undefined) return unknownPass(name);
  process.stdout.write(`${pass.name}: ${pass.summary}\n\nusage: --pass ${pass.usage}\n\n${pass.details}\n\nexample:\n  ${pass.example}\n`);
  return 0;
}
