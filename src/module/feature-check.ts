/**
 * The feature check: the uses `feature-uses.ts` finds that a feature set
 * does not allow, each once, with a message naming the construct, the place
 * and the feature, and how to let it in ("the i64.add128 at 7:5 needs the
 * wide-arithmetic proposal (allow it with features: "+wide-arithmetic")";
 * the CLI names its `--features` flag instead). Text places are
 * line:column, binary ones byte offsets. A set holding every feature is
 * never walked, so `all` costs nothing.
 */
import { WatkitError } from "../errors.js";
import { DEFAULT_PROFILE, type Feature, type FeatureSet, parseFeatures } from "../isa/features.js";
import type { InstrDef } from "../isa/instructions.js";
import { closest } from "../suggest.js";
import { WatError } from "../syntax/errors.js";
import type { SourceText } from "../syntax/source-text.js";
import type { Func, Module, SectionId } from "./model.js";
import { type FeatureNeed, type FeatureUse, funcFeatureUses, moduleFeatureUses } from "./feature-uses.js";

/** A feature list as users write it: `"wasm2,+simd"`, or its items as an array. */
export type FeatureSpec = string | readonly string[];

export interface FeatureOptions {
  /** The features the module may use: a profile (`wasm1`, `wasm2`, `wasm3`, `lime1`, `all`) and `+name`/`-name` adjustments. */
  features?: FeatureSpec;
}

/** A use outside the set: the feature it needs (the first, when several would do), what it is, where. */
export interface FeatureProblem {
  feature: Feature;
  what: string;
  offset: number | undefined;
  /** The feature list that lets it in: the one given plus the feature (`+threads` when none was given). */
  allow: string;
}

/** Sets already read, by their text: a caller checking many modules names the same few lists. */
const READ = new Map<string, FeatureSet | undefined>();
const READ_LIMIT = 64;

/** The set a spec names, or undefined when it allows everything (nothing to check). Throws `FeatureSpecError`. */
export function restrictedSet(spec: FeatureSpec | undefined): FeatureSet | undefined {
  if (spec === undefined) return undefined;
  const key = typeof spec === "string" ? spec : `[${spec.join("\n")}]`;
  if (READ.has(key)) return READ.get(key);
  const set = parseFeatures(spec, closest);
  if (READ.size >= READ_LIMIT) READ.clear();
  READ.set(key, set.all ? undefined : set);
  return READ.get(key);
}

/**
 * A `FeatureUse` that reports each construct the set does not allow once;
 * `sectionOffset` places a use the model has no offset for.
 */
export function featureProblems(set: FeatureSet, report: (p: FeatureProblem) => void, sectionOffset: (s: SectionId) => number | undefined = () => undefined): FeatureUse {
  const seen = new Set<string>();
  return (need, what, offset, section) => {
    if (allows(set, need)) return;
    const feature = typeof need === "string" ? need : need[0];
    const phrase = describe(what);
    const key = `${feature} ${phrase}`;
    if (seen.has(key)) return;
    seen.add(key);
    const allow = set.spec === DEFAULT_PROFILE ? `+${feature}` : `${set.spec},+${feature}`;
    report({ feature, what: phrase, offset: offset ?? sectionOffset(section), allow });
  };
}

/** The first problem in a module, or undefined when it keeps to the set. */
export function firstFeatureProblem(module: Module, set: FeatureSet, sectionOffset?: (s: SectionId) => number | undefined): FeatureProblem | undefined {
  const found = new FirstProblem();
  try {
    moduleFeatureUses(module, featureProblems(set, (p) => found.stop(p), sectionOffset));
  } catch (e) {
    if (e !== found) throw e;
    return found.problem;
  }
  return undefined;
}

/** Whether the locals and bodies of `funcs` keep to the set. */
export function funcsKeepTo(funcs: readonly Func[], set: FeatureSet): boolean {
  const found = new FirstProblem();
  try {
    const use = featureProblems(set, (p) => found.stop(p));
    for (const f of funcs) funcFeatureUses(f, use);
  } catch (e) {
    if (e !== found) throw e;
    return false;
  }
  return true;
}

/**
 * `the i64.add128 at 7:5 needs the wide-arithmetic proposal (allow it with
 * features: "+wide-arithmetic")`; without a place when `at` is undefined.
 * `flag` names the command-line option instead of the API's.
 */
export function featureMessage(p: FeatureProblem, at?: string, flag?: string): string {
  const allow = flag === undefined ? `features: "${p.allow}"` : `${flag} ${p.allow}`;
  return `${p.what}${at === undefined ? "" : ` at ${at}`} needs the ${p.feature} proposal (allow it with ${allow})`;
}

/** A binary module using a feature outside the set given to `decode`. */
export class WasmFeatureError extends WatkitError {
  readonly reason: string;
  /** `offset 0x28`, as the message says it. */
  readonly place: string | undefined;

  constructor(
    readonly problem: FeatureProblem,
    readonly offset: number | undefined,
  ) {
    const place = offset === undefined ? undefined : `offset 0x${offset.toString(16)}`;
    super(featureMessage(problem, place));
    this.place = place;
    this.name = "WasmFeatureError";
    this.reason = featureMessage(problem);
  }
}

/** A text module using a feature outside the set: located like every text error, and the message says where too. */
export class WatFeatureError extends WatError {
  constructor(
    readonly problem: FeatureProblem,
    source: SourceText,
    offset: number,
  ) {
    super(featureMessage(problem), source, offset);
    this.name = "WatFeatureError";
    this.message = featureMessage(problem, `${this.line}:${this.column}`);
  }
}

function allows(set: FeatureSet, need: FeatureNeed): boolean {
  if (typeof need === "string") return set.has(need);
  return need.some((f) => set.has(f));
}

function describe(what: string | InstrDef): string {
  return typeof what === "string" ? what : `the ${what.name}`;
}

/** Thrown to end the walk at the first problem. */
class FirstProblem {
  problem: FeatureProblem | undefined;

  stop(p: FeatureProblem): never {
    this.problem = p;
    throw this;
  }
}
