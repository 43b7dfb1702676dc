/**
 * `watkit rewrite <in.wasm|in.wat> [out] --pass NAME[=ARGS]... [-o out]`:
 * runs rewrite passes in order; the output's format follows its extension
 * (`.wat` text, anything else binary). `--help [PASS]` explains the passes.
 */
import { encode } from "../binary/encode.js";
import { decode } from "../binary/decode.js";
import type { Module } from "../module/model.js";
import { resolveModule } from "../module/resolve.js";
import { printStream } from "../print/print.js";
import { printKeepingText, readWatKeepingText, type TextOrigin } from "../rewrite/preserve.js";
import { rewrite } from "../rewrite/rewrite.js";
import { findPass, PASSES } from "../rewrite/registry.js";
import { PassError, splitStep } from "../rewrite/pass.js";
import { InvalidRewriteError, SnippetError } from "../rewrite/errors.js";
import { parseWat } from "../syntax/parse.js";
import type { SourceText } from "../syntax/source-text.js";
import { quotedText, withinFeatures } from "../wat2wasm.js";
import { decodeText, readInput, writeOutput, writeStreamed } from "./io.js";
import { displayName, eitherKind } from "./input-kind.js";
import { closest } from "../suggest.js";
import { formatDiagnostic, reportError } from "./report.js";
import { FEATURES_OPTION, featuresOf, helpText, NO_VALIDATE_OPTION, OUTPUT_OPTION, UsageError, type CommandSpec, type ParsedArgs } from "./command.js";

const USAGE = "watkit rewrite <in.wasm|in.wat|-> [out] --pass NAME[=ARGS]... [-o out.wasm|out.wat]";

export const rewriteCommand: CommandSpec = {
  name: "rewrite",
  summary: "edit a module with passes (dce, strip, merge, replace-import, inject-data, ...)",
  usage: USAGE,
  options: [
    { ...OUTPUT_OPTION, help: "write the result to FILE: text when its name ends in .wat, binary otherwise" },
    { name: "pass", value: "NAME[=ARGS]", multiple: true, help: "run a pass (repeatable; the passes run in order; `--help PASS` explains one)" },
    NO_VALIDATE_OPTION,
    FEATURES_OPTION,
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
    const features = featuresOf(args);
    const input = positional[0];
    const file = displayName(input);
    const bytes = readInput(input);
    let source: SourceText | undefined;
    let module: Module;
    let origin: TextOrigin | undefined;
    try {
      if (eitherKind(bytes, input) === "binary") module = decode(bytes, { features });
      else {
        source = decodeText(bytes);
        const keeping = output.endsWith(".wat") && typeof source === "string" ? readWatKeepingText(source) : undefined;
        origin = keeping?.origin;
        module = keeping?.module ?? moduleOfText(source);
        withinFeatures(module, features, source);
      }
    } catch (error) {
      return reportError(error, file, source);
    }
    let result: Module;
    try {
      result = rewrite(module, steps, {
        validate: !flags.has("no-validate"),
        readFile: readInput,
        warn: (message) => process.stderr.write(`${file}: warning: ${message}\n`),
      });
    } catch (error) {
      if (error instanceof SnippetError) return reportError(error, error.file, error.source);
      if (error instanceof InvalidRewriteError) return reportInvalid(error, file);
      if (error instanceof PassError && error.file !== undefined) return reportError(new Error(error.reason), error.file);
      return reportError(error, file);
    }
    if (output.endsWith(".wat") && origin !== undefined) writeOutput(output, new TextEncoder().encode(printKeepingText(result, origin)));
    else if (output.endsWith(".wat")) writeStreamed(output, (write) => printStream(result, {}, write));
    else writeOutput(output, encode(result));
    return 0;
  },
};

/** An invalid result: at its place in a snippet when a snippet's code broke it, else each diagnostic by function and instruction. */
function reportInvalid(error: InvalidRewriteError, file: string): number {
  if (error.located !== undefined) return reportError(error.located, error.located.file, error.located.source);
  const who = error.pass === undefined ? "the input is invalid and the passes left it so" : `pass ${error.pass} made the module invalid`;
  process.stderr.write(`${file}: error: ${who} (nothing written; --no-validate writes it anyway)\n`);
  // Positions in a rewritten module may belong to a snippet, not the input: the message names the function and instruction instead.
  for (const d of error.errors) process.stderr.write(formatDiagnostic({ ...d, offset: undefined, line: undefined, column: undefined }, file) + "\n");
  return 1;
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
