/**
 * The feature table: every WebAssembly feature watkit knows, by the name
 * wasm-tools' `--features` gives it, with the standard that brought it in,
 * whether tool-conventions' Lime1 profile has it, and the smaller features it
 * contains. The profiles (`wasm1`, `wasm2`, `wasm3`, `wasm3-threads`, `lime1`, `all`) and the
 * `+name`/`-name` adjustments users write are read against this table; the
 * instruction table tags each row with one of these names, and
 * `module/feature-uses.ts` says which feature every other construct needs.
 *
 * This module is data plus lookups; it must not import any other layer.
 */
import { WatkitError } from "../errors.js";

export type Standard = "wasm1" | "wasm2" | "wasm3";

interface FeatureRow {
  /** The first WebAssembly standard that has it; absent for proposals beyond 3.0. */
  readonly standard?: Standard;
  /** In tool-conventions' Lime1 profile. */
  readonly lime1?: true;
  /** The name LLVM and the `target_features` custom section use, where it differs. */
  readonly llvm?: string;
  /** Smaller features this one contains: enabling it enables them, disabling one of them disables it. */
  readonly contains?: readonly string[];
}

const TABLE = {
  mvp: { standard: "wasm1", lime1: true },
  "mutable-global": { standard: "wasm2", lime1: true, llvm: "mutable-globals" },
  "saturating-float-to-int": { standard: "wasm2", lime1: true, llvm: "nontrapping-fptoint" },
  "sign-extension": { standard: "wasm2", lime1: true, llvm: "sign-ext" },
  "multi-value": { standard: "wasm2", lime1: true, llvm: "multivalue" },
  "bulk-memory-opt": { standard: "wasm2", lime1: true },
  "bulk-memory": { standard: "wasm2", contains: ["bulk-memory-opt"] },
  "call-indirect-overlong": { standard: "wasm2", lime1: true },
  "reference-types": { standard: "wasm2", contains: ["call-indirect-overlong"] },
  simd: { standard: "wasm2", llvm: "simd128" },
  "extended-const": { standard: "wasm3", lime1: true },
  "relaxed-simd": { standard: "wasm3", contains: ["simd"] },
  "tail-call": { standard: "wasm3" },
  "function-references": { standard: "wasm3", contains: ["reference-types"] },
  gc: { standard: "wasm3", contains: ["function-references"] },
  exceptions: { standard: "wasm3", llvm: "exception-handling" },
  memory64: { standard: "wasm3" },
  "multi-memory": { standard: "wasm3", llvm: "multimemory" },
  "legacy-exceptions": {},
  threads: { llvm: "atomics" },
  "shared-everything-threads": { contains: ["threads", "gc"] },
  "wide-arithmetic": {},
  "custom-page-sizes": {},
  "stack-switching": { contains: ["function-references", "exceptions"] },
  "custom-descriptors": { contains: ["gc"] },
  "compact-imports": {},
} as const satisfies Record<string, FeatureRow>;

/** A feature name, as wasm-tools spells it (`mvp` is what every module may use). */
export type Feature = keyof typeof TABLE;

export const FEATURES = Object.keys(TABLE) as Feature[];

const ROWS: Readonly<Record<Feature, FeatureRow>> = TABLE;

const STANDARDS: readonly Standard[] = ["wasm1", "wasm2", "wasm3"];

/** The named profiles and the features each has. */
export const PROFILES: Readonly<Record<"wasm1" | "wasm2" | "wasm3" | "wasm3-threads" | "lime1" | "all", ReadonlySet<Feature>>> = {
  wasm1: upTo("wasm1"),
  wasm2: upTo("wasm2"),
  wasm3: upTo("wasm3"),
  "wasm3-threads": new Set([...upTo("wasm3"), "threads"]),
  lime1: new Set(FEATURES.filter((f) => ROWS[f].lime1)),
  all: new Set(FEATURES),
};

export type Profile = keyof typeof PROFILES;

/**
 * What a module may use when no feature list is given, and where a list of
 * adjustments starts from when it names no profile: WebAssembly 3.0, the
 * standard. Threads are a proposal outside it; compilers' thread builds
 * (Emscripten and clang `-pthread`, Rust's `wasm32-wasip1-threads`) are
 * read with `+threads` (or the `wasm3-threads` profile), and the refusal
 * says so.
 */
export const DEFAULT_PROFILE: Profile = "wasm3";

function upTo(standard: Standard): Set<Feature> {
  const last = STANDARDS.indexOf(standard);
  return new Set(FEATURES.filter((f) => ROWS[f].standard !== undefined && STANDARDS.indexOf(ROWS[f].standard) <= last));
}

/** A set of features a module may use, with the text that named it (for messages). */
export class FeatureSet {
  /** Whether every feature is in the set: then nothing needs checking. */
  readonly all: boolean;

  constructor(
    private readonly members: ReadonlySet<Feature>,
    /** How the user named it: `wasm2,+simd`. */
    readonly spec: string,
  ) {
    this.all = FEATURES.every((f) => members.has(f));
  }

  has(feature: Feature): boolean {
    return this.members.has(feature);
  }

  features(): Feature[] {
    return FEATURES.filter((f) => this.members.has(f));
  }
}

/** A feature list that names something unknown: `at` is the item's index in the list, `column` its 1-based place in the joined text. */
export class FeatureSpecError extends WatkitError {
  constructor(
    readonly reason: string,
    readonly at: number,
    readonly column: number,
  ) {
    super(`${reason} (item ${at + 1}, column ${column})`);
    this.name = "FeatureSpecError";
  }
}

/**
 * Reads a feature list: items separated by commas (or given as an array),
 * each a profile (`wasm2`), a feature to add (`simd` or `+simd`) or one to
 * take away (`-bulk-memory`), applied in order. A list that starts with a
 * signed adjustment starts from `DEFAULT_PROFILE`; one that starts with a bare feature
 * name lists what the module may use beyond the MVP. Adding a feature adds what it contains;
 * taking one away takes away every feature containing it.
 */
export function parseFeatures(spec: string | readonly string[], suggest: (name: string, known: readonly string[]) => string | undefined = () => undefined): FeatureSet {
  const items = typeof spec === "string" ? spec.split(",") : spec;
  const text = items.join(",");
  const members = new Set<Feature>();
  let column = 1;
  items.forEach((raw, at) => {
    const item = raw.trim();
    const sign = item.startsWith("+") || item.startsWith("-") ? item[0] : "";
    const name = item.slice(sign.length);
    const where = column + raw.indexOf(item);
    column += raw.length + 1;
    if (sign === "" && name in PROFILES) {
      members.clear();
      for (const f of PROFILES[name as Profile]) members.add(f);
      return;
    }
    if (at === 0) for (const f of PROFILES[sign === "" ? "wasm1" : DEFAULT_PROFILE]) members.add(f);
    if (!(name in TABLE)) {
      const guess = suggest(name, [...FEATURES, ...Object.keys(PROFILES)]);
      const what = name === "" ? "an empty feature name" : `unknown feature '${name}'`;
      throw new FeatureSpecError(`${what}${guess === undefined ? "" : `; did you mean '${guess}'?`}`, at, where);
    }
    if (sign === "-") remove(members, name as Feature);
    else add(members, name as Feature);
  });
  return new FeatureSet(members, text);
}

function add(members: Set<Feature>, feature: Feature): void {
  members.add(feature);
  for (const inner of ROWS[feature].contains ?? []) add(members, inner as Feature);
}

function remove(members: Set<Feature>, feature: Feature): void {
  members.delete(feature);
  for (const outer of FEATURES) if (members.has(outer) && (ROWS[outer].contains ?? []).includes(feature)) remove(members, outer);
}

/** The feature LLVM's (and the `target_features` section's) name means, if watkit knows it. */
export function featureOfLlvmName(name: string): Feature | undefined {
  return FEATURES.find((f) => (ROWS[f].llvm ?? f) === name);
}
