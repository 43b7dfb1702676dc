/**
 * validate: is a module valid WebAssembly 3.0? Takes a binary, a Module
 * (from `decode`, `resolve` or a rewrite) or WebAssembly text, and gives
 * every problem found as a `Diagnostic`; it never throws for bad input.
 *
 * Binary input is decoded first (a malformed binary is one diagnostic at
 * its byte offset); text is parsed and resolved first (a syntax error or an
 * unresolvable name is one diagnostic at its line and column). Diagnostics
 * of a Module resolved from text get a line and column when the text is
 * given as `options.source`: instruction offsets are then positions in it.
 *
 * The checking itself is in `module.ts` (module level) and `code.ts`
 * (instruction sequences); this layer knows nothing about either format
 * beyond calling their readers.
 */
import { decode, type InternalDecodeOptions } from "../binary/decode.js";
import { WasmDecodeError } from "../binary/decode-error.js";
import { decodeWithin } from "../binary/decode-features.js";
import type { FeatureSet } from "../isa/features.js";
import { type FeatureOptions, type FeatureProblem, featureMessage, featureProblems, restrictedSet } from "../module/feature-check.js";
import { moduleFeatureUses } from "../module/feature-uses.js";
import type { Feature } from "../isa/instructions.js";
import type { Module } from "../module/model.js";
import { lineColumn, WatError } from "../syntax/errors.js";
import type { SourceText } from "../syntax/source-text.js";
import { watToModule } from "../wat2wasm.js";
import type { Diagnostic } from "./diagnostic.js";
import { BodyChecker, validateModule } from "./module.js";
import { DEFAULT_SPLIT_BYTES, MIN_SPLIT_BYTES, validSplit } from "./split.js";
import { threadsFor } from "../wat2wasm/batch-run.js";

export type { Diagnostic } from "./diagnostic.js";

export interface ValidateOptions extends FeatureOptions {
  /** The text a Module input was resolved from, to give diagnostics a line and column. */
  source?: SourceText;
  /**
   * Threads to check a large binary's function bodies on (default: one per
   * core for a binary of 128 MB or more, else the calling thread alone; see
   * docs/design.md). The result is the same.
   */
  jobs?: number;
}

/** For the spec-script runner, which applies a proposal folder's rules to its scripts; not part of the public options. */
export interface InternalValidateOptions extends ValidateOptions {
  /**
   * Proposals beyond WebAssembly 3.0 whose changed validation rules apply
   * (default: those of `features` when given): with `stack-switching`, a
   * tag may have results (only a tag without results can be thrown or caught).
   */
  proposals?: readonly Feature[];
}

export interface ValidationResult {
  valid: boolean;
  errors: Diagnostic[];
}

export function validate(input: Uint8Array | Module | SourceText, given: InternalValidateOptions = {}): ValidationResult {
  const set = restrictedSet(given.features);
  const options = given.proposals === undefined && set?.has("stack-switching") ? { ...given, proposals: ["stack-switching" as const] } : given;
  if (input instanceof Uint8Array) {
    const jobs = threadsFor(input.length, options.jobs, MIN_SPLIT_BYTES, DEFAULT_SPLIT_BYTES);
    if (jobs > 1 && validSplit(input, { features: options.features, proposals: options.proposals, jobs })) return { valid: true, errors: [] };
    // Each instruction is checked as it is decoded and then dropped, so the
    // instructions of a large binary never all live at once. Names only serve
    // diagnostics: the binary is read without its name section, and again
    // with it only when there is something to report.
    const bodyErrors: Diagnostic[] = [];
    const errors: Diagnostic[] = [];
    const bare = decodeOrReport(input, { names: false, code: new BodyChecker((d) => bodyErrors.push(d)) }, set, errors);
    if (!("imports" in bare)) return bare;
    validateModule(bare, (d) => errors.push(d), { bodiesChecked: true, proposals: options.proposals });
    errors.push(...bodyErrors);
    if (errors.length === 0) return { valid: true, errors };
    if (!bare.customs.some((c) => c.name === "name")) return { valid: false, errors };
    const named = decodeOrReport(input, { names: true });
    return "imports" in named ? checked(named, set, options.proposals) : named;
  }
  if (typeof input === "string" || !("imports" in input)) {
    let module: Module;
    try {
      module = watToModule(input);
    } catch (error) {
      if (!(error instanceof WatError)) throw error;
      return invalid({ severity: "error", message: error.reason, offset: error.offset, line: error.line, column: error.column });
    }
    return checked(module, set, options.proposals, input);
  }
  return checked(input, set, options.proposals, options.source);
}

/**
 * A binary decoded into a Module and validated in the same pass (each
 * instruction is checked as it is read, and kept): for callers that need
 * both, such as the linter. `module` is absent when the binary is malformed.
 */
export function decodeValidated(bytes: Uint8Array): ValidationResult & { module?: Module } {
  const bodyErrors: Diagnostic[] = [];
  const module = decodeOrReport(bytes, { code: new BodyChecker((d) => bodyErrors.push(d), true) });
  if (!("imports" in module)) return module;
  const errors: Diagnostic[] = [];
  validateModule(module, (d) => errors.push(d), { bodiesChecked: true });
  errors.push(...bodyErrors);
  return { valid: errors.length === 0, errors, module };
}

/** Decodes, reporting uses outside `set` (when given) into `errors`. */
function decodeOrReport(bytes: Uint8Array, options: InternalDecodeOptions, set?: FeatureSet, errors?: Diagnostic[]): Module | ValidationResult {
  try {
    if (set !== undefined && errors !== undefined) return decodeWithin(bytes, options, set, (p) => errors.push(featureDiagnostic(p)), decode);
    return decode(bytes, options);
  } catch (error) {
    if (!(error instanceof WasmDecodeError)) throw error;
    const detail = error.detail !== undefined ? ` (${error.detail})` : "";
    return invalid({ severity: "error", message: `malformed binary: ${error.reason}${detail}`, offset: error.offset });
  }
}

function checked(module: Module, set: FeatureSet | undefined, proposals: readonly Feature[] | undefined, source?: SourceText): ValidationResult {
  const errors: Diagnostic[] = [];
  if (set !== undefined) moduleFeatureUses(module, featureProblems(set, (p) => errors.push(featureDiagnostic(p))));
  validateModule(module, (d) => errors.push(d), { proposals });
  if (source !== undefined) {
    for (const d of errors) {
      if (d.offset === undefined) continue;
      const { line, column } = lineColumn(source, d.offset);
      d.line = line;
      d.column = column;
    }
  }
  return { valid: errors.length === 0, errors };
}

function featureDiagnostic(p: FeatureProblem): Diagnostic {
  return { severity: "error", message: featureMessage(p), offset: p.offset, needs: p };
}

function invalid(diagnostic: Diagnostic): ValidationResult {
  return { valid: false, errors: [diagnostic] };
}
