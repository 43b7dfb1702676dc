/**
 * Decoding within a feature set: the module-level uses are checked once the
 * module is read, and instructions either in the decoded bodies or, when a
 * code sink takes them, as they pass through it. A use the model has no
 * offset for is placed at the start of its section.
 */
import type { FeatureSet } from "../isa/features.js";
import { type FeatureProblem, featureProblems } from "../module/feature-check.js";
import { type FeatureUse, instrFeatureUses, moduleFeatureUses } from "../module/feature-uses.js";
import type { Func, Instr, Module } from "../module/model.js";
import type { CodeSink } from "./decode-code.js";
import type { DecodedLayout, InternalDecodeOptions } from "./decode.js";

/** Decodes with `decodeAll` and reports every use outside `set`. */
export function decodeWithin(
  bytes: Uint8Array,
  options: InternalDecodeOptions,
  set: FeatureSet,
  report: (p: FeatureProblem) => void,
  decodeAll: (bytes: Uint8Array, options: InternalDecodeOptions) => Module,
): Module {
  const layout: DecodedLayout = options.layout ?? { sections: {}, bodies: [], customs: new Map(), padded: [] };
  const use = featureProblems(set, report, (section) => layout.sections[section]?.start);
  const sink = options.code;
  const module = decodeAll(bytes, { ...options, features: undefined, layout, code: sink === undefined ? undefined : new CheckingSink(sink, use, set) });
  moduleFeatureUses(module, use, { bodies: sink === undefined });
  return module;
}

/**
 * Passes each instruction to the feature check, then to the sink it wraps;
 * a whole body goes to the sink only if it keeps to `set`, the feature set
 * the check reports uses outside of.
 */
export class CheckingSink implements CodeSink {
  constructor(
    private readonly inner: CodeSink,
    private readonly use: FeatureUse,
    private readonly set: FeatureSet,
  ) {}

  get keepBodies(): boolean | undefined {
    return this.inner.keepBodies;
  }

  whole(func: Func, module: Module, bytes: Uint8Array, start: number, end: number): boolean {
    return this.inner.whole?.(func, module, bytes, start, end, this.set) ?? false;
  }

  begin(func: Func, module: Module): void {
    this.inner.begin(func, module);
  }

  instr(ins: Instr): void {
    instrFeatureUses(ins, this.use);
    this.inner.instr(ins);
  }

  close(): void {
    this.inner.close();
  }
}
