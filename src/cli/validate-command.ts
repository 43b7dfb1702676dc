/**
 * `watkit validate <in.wat|in.wasm|-> [--object]`: reports every validation error,
 * located (line and column with the source line for text, byte offset for
 * binaries); exit 1 when the module is invalid. Binary or text is told by
 * the `\0asm` magic, not the file name, so stdin works for both. An empty or
 * blank input is no module, so it is not valid. `--object` also checks a
 * binary against the object-file rules of Linking.md (see `object/object-error.ts`),
 * every broken rule reported before the module's validation errors.
 */
import { checkObject } from "../object/check-object.js";
import { hasLinkingSection } from "../object/decode-object.js";
import { validate } from "../validate/validate.js";
import type { SourceText } from "../syntax/source-text.js";
import { decodeText, readInput } from "./io.js";
import { displayName, eitherKind, isBlank } from "./input-kind.js";
import { formatDiagnostic, formatError } from "./report.js";
import { FEATURES_OPTION, featuresOf, JOBS_OPTION, jobsOf, UsageError, type CommandSpec } from "./command.js";

export const validateCommand: CommandSpec = {
  name: "validate",
  summary: "check that a WebAssembly module (.wat or .wasm) is valid",
  usage: "watkit validate <in.wat|in.wasm|-> [--object] [--features LIST] [--jobs N]",
  options: [
    { name: "object", help: "the input is an object file (clang -c): check Linking.md's rules too (symbols, relocations, padding, section order)" },
    FEATURES_OPTION,
    JOBS_OPTION,
  ],
  // Text needs its AST and the model at once; a binary only the model.
  heapPerInputByte: 40,
  run(args) {
    if (args.positional.length !== 1) throw new UsageError(`expected one input file\nusage: ${this.usage}`);
    const features = featuresOf(args);
    const jobs = jobsOf(args);
    const input = args.positional[0];
    const file = displayName(input);
    const bytes = readInput(input);
    if (isBlank(bytes)) {
      process.stderr.write(formatError(new Error(`no module: the input is ${bytes.length === 0 ? "empty" : "blank"}`), file) + "\n");
      return 1;
    }
    const kind = eitherKind(bytes, input);
    let source: SourceText | undefined;
    try {
      if (kind === "text") source = decodeText(bytes);
    } catch {
      process.stderr.write(formatError(new Error("input is neither a binary module nor UTF-8 text"), file) + "\n");
      return 1;
    }
    const object = args.flags.has("object") ? objectRules(bytes, kind, file) : "kept";
    if (object === "unchecked") return 1;
    const result = validate(source ?? bytes, { features, jobs });
    for (const d of result.errors) process.stderr.write(formatDiagnostic(d, file, source) + "\n");
    return result.valid && object === "kept" ? 0 : 1;
  },
};

/**
 * Whether a binary keeps the object-file rules, every rule broken reported;
 * "unchecked" when it is no object file or does not decode (said once, here).
 */
function objectRules(bytes: Uint8Array, kind: "text" | "binary", file: string): "kept" | "broken" | "unchecked" {
  const problem =
    kind === "text" ? "--object checks binaries: object files have no text form of their symbols and relocations yet"
    : !hasLinkingSection(bytes) ? "not an object file: there is no linking section"
    : undefined;
  if (problem !== undefined) {
    process.stderr.write(formatError(new Error(problem), file) + "\n");
    return "unchecked";
  }
  try {
    const problems = checkObject(bytes);
    for (const p of problems) process.stderr.write(formatError(p, file) + "\n");
    return problems.length === 0 ? "kept" : "broken";
  } catch (error) {
    process.stderr.write(formatError(error, file) + "\n");
    return "unchecked";
  }
}
