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
import { InvalidRewriteError, rewrite } from "../rewrite/rewrite.js";
import { findPass, PASSES } from "../rewrite/registry.js";
import { splitStep } from "../rewrite/pass.js";
import { SnippetError } from "../rewrite/snippet.js";
import { parseWat } from "../syntax/parse.js";
import type { SourceText } from "../syntax/source-text.js";
import { quotedText } from "../wat2wasm.js";
import { decodeText, readInput, writeOutput, writeStreamed } from "./io.js";
import { formatError } from "./report.js";
import type { CommandSpec } from "./command.js";

const USAGE = "watkit rewrite <in.wasm|in.wat|-> [out] --pass NAME[=ARGS]... [-o out.wasm|out.wat]";

export const rewriteCommand: CommandSpec = {
  name: "rewrite",
  summary: "edit a module with passes (dce, strip, merge, replace-import, inject-data, ...)",
  usage: USAGE,
  heapPerInputByte: 40,
  valueOptions: ["pass"],
  run(args) {
    const { positional, flags, values } = args;
    if (flags.has("help")) return help(positional[0]);
    const steps = values.get("pass") ?? [];
    const output = args.output ?? positional[1];
    if (positional.length < 1 || positional.length > (args.output === undefined ? 2 : 1) || output === undefined || steps.length === 0) {
      process.stderr.write(`usage: ${USAGE}\n       watkit rewrite --help [PASS]\n`);
      return 2;
    }
    for (const step of steps) {
      const { name } = splitStep(step);
      if (findPass(name) === undefined) {
        process.stderr.write(`watkit rewrite: no pass named '${name}'\n\n${passList()}`);
        return 2;
      }
    }
    const input = positional[0];
    const file = input === "-" ? "<stdin>" : input;
    let source: SourceText | undefined;
    try {
      const bytes = readInput(input);
      let module: Module;
      let origin: TextOrigin | undefined;
      if (isBinary(bytes)) module = decode(bytes);
      else {
        source = decodeText(bytes);
        const keeping = output.endsWith(".wat") && typeof source === "string" ? readWatKeepingText(source) : undefined;
        origin = keeping?.origin;
        module = keeping?.module ?? moduleOfText(source);
      }
      const result = rewrite(module, steps, { warn: (message) => process.stderr.write(`${file}: warning: ${message}\n`) });
      if (output.endsWith(".wat") && origin !== undefined) writeOutput(output, new TextEncoder().encode(printKeepingText(result, origin)));
      else if (output.endsWith(".wat")) writeStreamed(output, (write) => printModule(result, {}, write));
      else writeOutput(output, encode(result));
    } catch (error) {
      // An error in a snippet is shown in the snippet's own file.
      const inSnippet = error instanceof SnippetError ? error : error instanceof InvalidRewriteError ? error.located : undefined;
      if (inSnippet !== undefined) process.stderr.write(formatError(inSnippet, inSnippet.file, inSnippet.source) + "\n");
      else process.stderr.write(formatError(error, file, source) + "\n");
      return 1;
    }
    return 0;
  },
};

function isBinary(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d;
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

function help(name: string | undefined): number {
  if (name === undefined) {
    process.stdout.write(`usage: ${USAGE}\n\nRuns the passes in order; the output is text when its name ends in .wat.\n\n${passList()}`);
    return 0;
  }
  const pass = findPass(name);
  if (pass === undefined) {
    process.stderr.write(`watkit rewrite: no pass named '${name}'\n\n${passList()}`);
    return 2;
  }
  process.stdout.write(`${pass.name}: ${pass.summary}\n\nusage: --pass ${pass.usage}\n\n${pass.details}\n\nexample:\n  ${pass.example}\n`);
  return 0;
}
