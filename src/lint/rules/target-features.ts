/**
 * Instructions, types and memories beyond a target: a profile (`wasm1`,
 * `wasm2`, `wasm3`, `lime1`), an explicit feature list, or, with no
 * target set, the module's own `target_features` section (features it
 * marks `-`, used or not).
 */
import type { Feature } from "../../isa/instructions.js";
import type { Limits, Module, ValType } from "../../module/model.js";
import { indexSpaces } from "../../module/index-space.js";
import type { LintRule } from "../rule.js";
import { headOf } from "../edits.js";
import { TARGET_EXTRAS, TARGETS } from "../targets.js";

interface Options {
  target?: string;
  features?: Feature[];
}

/** tool-conventions feature names for the section's entries, where they differ from watkit's. */
const SECTION_NAMES: Record<string, Feature> = {
  "sign-ext": "sign-ext",
  "nontrapping-fptoint": "sat-trunc",
  multivalue: "multi-value",
  "bulk-memory": "bulk-memory",
  "reference-types": "reference-types",
  simd128: "simd",
  "relaxed-simd": "relaxed-simd",
  "tail-call": "tail-call",
  "extended-const": "extended-const",
  gc: "gc",
  "exception-handling": "exceptions",
  memory64: "memory64",
  "multimemory": "multi-memory",
  atomics: "threads",
};

export const targetFeatures: LintRule = {
  id: "target-features",
  meta: {
    type: "problem",
    docs: { description: "disallow instructions, types and memories beyond the target's features" },
    messages: { beyond: "{{what}} needs the {{feature}} feature, which {{target}} does not have" },
    schema: [
      {
        type: "object",
        properties: { target: { enum: Object.keys(TARGETS) }, features: { type: "array", items: { type: "string" } } },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const options = (context.options[0] ?? {}) as Options;
    let allowed: (feature: Feature, op?: string) => boolean = () => true;
    let target = "";
    const reported = new Set<string>();
    const report = (what: string, feature: Feature, offset: number | undefined): void => {
      context.report({ offset, span: headOf(context.text, offset), messageId: "beyond", data: { what, feature, target } });
    };
    return {
      Module(module) {
        const set = targetOf(options, module);
        if (!set) return;
        target = set.name;
        allowed = (feature, op) => set.features.has(feature) || (op !== undefined && (TARGET_EXTRAS[set.name] ?? []).includes(op));
        checkModule(module, allowed, report);
      },
      Instr(ins) {
        const f = ins.op.feature;
        if (allowed(f, ins.op.name)) return;
        // Compiler output repeats an instruction thousands of times: one finding per instruction and function is enough to act on.
        const key = `${ins.op.name}@${ins.offset === undefined ? "" : ins.offset}`;
        if (reported.has(key)) return;
        reported.add(key);
        report(ins.op.name, f, ins.offset);
      },
    };
  },
};

function targetOf(options: Options, module: Module): { name: string; features: Set<Feature> } | undefined {
  if (options.features) return { name: "the target", features: new Set<Feature>(["mvp", ...options.features]) };
  if (options.target) return { name: options.target, features: new Set(TARGETS[options.target] ?? []) };
  const section = module.customs.find((c) => c.name === "target_features");
  if (!section) return undefined;
  const denied = sectionEntries(section.bytes).filter((e) => e.prefix === "-").flatMap((e) => SECTION_NAMES[e.name] ?? []);
  if (denied.length === 0) return undefined;
  const all = new Set<Feature>(TARGETS.wasm3);
  all.add("threads");
  all.add("legacy-exceptions");
  for (const d of denied) all.delete(d);
  return { name: "the module's target_features section", features: all };
}

/** `target_features` payload: a count, then each entry as a prefix byte (`+`, `-`, `=`) and a name. */
function sectionEntries(bytes: Uint8Array): { prefix: string; name: string }[] {
  const entries: { prefix: string; name: string }[] = [];
  let at = 0;
  const leb = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++] ?? 0;
      value |= (b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80) || at >= bytes.length) return value;
    }
  };
  const count = leb();
  for (let i = 0; i < count && at < bytes.length; i++) {
    const prefix = String.fromCharCode(bytes[at++]);
    const length = leb();
    entries.push({ prefix, name: new TextDecoder().decode(bytes.subarray(at, at + length)) });
    at += length;
  }
  return entries;
}

function checkModule(
  module: Module,
  allowed: (f: Feature) => boolean,
  report: (what: string, feature: Feature, offset: number | undefined) => void,
): void {
  const { memories, tables, tags, globals } = indexSpaces(module);
  if (memories.length > 1 && !allowed("multi-memory")) report("a second memory", "multi-memory", memories[1].offset);
  for (const m of memories) limits(m.limits, m.offset, allowed, report);
  for (const t of tables) limits(t.limits, t.offset, allowed, report);
  if (tags.length > 0 && !allowed("exceptions")) report("a tag", "exceptions", (module.tags[0] ?? tags[0]).offset);
  for (const group of module.types) {
    for (const t of group.types) {
      if (t.comp.kind !== "func" && !allowed("gc")) report(`a ${t.comp.kind} type`, "gc", t.offset);
      else if (t.comp.kind === "func" && t.comp.results.length > 1 && !allowed("multi-value")) report("a function type with several results", "multi-value", t.offset);
      if (t.comp.kind === "func") for (const v of [...t.comp.params, ...t.comp.results]) valType(v, t.offset, allowed, report);
    }
  }
  for (const g of globals) valType(g.type, g.offset, allowed, report);
}

function limits(l: Limits, offset: number | undefined, allowed: (f: Feature) => boolean, report: (what: string, feature: Feature, offset: number | undefined) => void): void {
  if (l.addressType === "i64" && !allowed("memory64")) report("a 64-bit address type", "memory64", offset);
  if (l.shared && !allowed("threads")) report("a shared memory", "threads", offset);
}

function valType(t: ValType, offset: number | undefined, allowed: (f: Feature) => boolean, report: (what: string, feature: Feature, offset: number | undefined) => void): void {
  if (t === "v128" && !allowed("simd")) report("the v128 type", "simd", offset);
  else if (typeof t !== "string") {
    const feature = refTypeFeature(t.heap, t.nullable);
    if (!allowed(feature)) report("a reference type", feature, offset);
  }
}

const GC_HEAPS = new Set(["any", "eq", "i31", "struct", "array", "none", "nofunc", "noextern"]);

function refTypeFeature(heap: string | object, nullable: boolean): Feature {
  if (typeof heap !== "string") return "function-references";
  if (GC_HEAPS.has(heap)) return "gc";
  if (heap === "exn" || heap === "noexn") return "exceptions";
  return nullable ? "reference-types" : "function-references";
}
