/**
 * One thread's share of a split conversion: the module resolved from the
 * skeleton (the text without function bodies), and batches of bodies
 * parsed, resolved in its scope and encoded into code section entries.
 * The main thread and each worker hold one.
 *
 * Any problem in a batch (a syntax error, an unknown name, a body that
 * needs a type the skeleton lacks, a feature outside the set) refuses the
 * batch instead of reporting:
 * the caller then converts the whole text on one thread, which reports the
 * first error with its line and column in the text as given.
 */
import { type EncodedBodies, encodeBodies } from "../binary/encode.js";
import type { FeatureSet } from "../isa/features.js";
import { type FeatureSpec, firstFeatureProblem, funcsKeepTo, restrictedSet } from "../module/feature-check.js";
import type { Func, Module } from "../module/model.js";
import { type BodyResolver, resolveForBodies } from "../module/resolve.js";
import type { ModuleNode, Script } from "../syntax/ast.js";
import { WatError } from "../syntax/errors.js";
import { parseWat } from "../syntax/parse.js";

/** Bodies to convert: the function fields they belong to, and their text as `(func BODY)` fields in that order. */
export interface BodyBatch {
  fields: number[];
  text: string;
}

export interface ConvertedBatch extends EncodedBodies {
  /** Whether a body names a data segment (the module then needs a data count section). */
  dataCount: boolean;
}

export class BodyConverter {
  private readonly resolver: BodyResolver;
  private readonly features: FeatureSet | undefined;

  /** Throws a `WatError` when the skeleton does not resolve or uses a feature outside `features`. */
  constructor(
    skeleton: string,
    private readonly names: boolean,
    features?: FeatureSpec,
  ) {
    const script = parseWat(skeleton);
    const module = onlyModule(script.commands);
    if (module === undefined) throw new WatError("not one module of fields", skeleton, 0);
    this.resolver = resolveForBodies(module, skeleton);
    this.features = restrictedSet(features);
    if (this.features !== undefined && firstFeatureProblem(this.resolver.module, this.features) !== undefined) {
      throw new WatError("a feature outside the set", skeleton, 0);
    }
  }

  get module(): Module {
    return this.resolver.module;
  }

  get funcFields(): number {
    return this.resolver.funcFields.length;
  }

  /** The batch's code entries, or undefined when it is refused. */
  convert(batch: BodyBatch): ConvertedBatch | undefined {
    try {
      const fields = onlyModule(parseWat(batch.text).commands)?.fields;
      if (fields === undefined || fields.length !== batch.fields.length) return undefined;
      const funcs: Func[] = [];
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i];
        if (field.kind !== "func") return undefined;
        const func = this.resolver.define(batch.fields[i], field.body);
        if (func === undefined) return undefined;
        funcs.push(func);
      }
      if (this.features !== undefined && !funcsKeepTo(funcs, this.features)) return undefined;
      return { ...encodeBodies(this.module, funcs, this.names), dataCount: this.module.dataCount === true };
    } catch (error) {
      if (error instanceof WatError) return undefined;
      throw error;
    }
  }
}

function onlyModule(commands: Script["commands"]): ModuleNode | undefined {
  const command = commands.length === 1 ? commands[0] : undefined;
  if (command?.kind !== "module") return undefined;
  return command.module.kind === "module" ? command.module : undefined;
}
