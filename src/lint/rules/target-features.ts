/**
 * Instructions, types and memories beyond a target: a profile (`wasm1`,
 * `wasm2`, `wasm3`, `lime1`, `all`) with `+name`/`-name` adjustments, an
 * explicit feature list, or, with no target set, the module's own
 * `target_features` section (features it marks `-`, used or not). What
 * each construct needs is the feature table's word, as for `--features`.
 */
import { type FeatureSet, featureOfLlvmName, parseFeatures } from "../../isa/features.js";
import { moduleFeatureUses } from "../../module/feature-uses.js";
import type { Module } from "../../module/model.js";
import type { LintRule } from "../rule.js";
import { headOf } from "../edits.js";
import { closest } from "../../suggest.js";

interface Options {
  /** A profile (`wasm1`, `wasm2`, `wasm3`, `lime1`, `all`), possibly with `+name`/`-name` adjustments. */
  target?: string;
  /** The features beyond the MVP the target has. */
  features?: string[];
}

export const targetFeatures: LintRule = {
  id: "target-features",
  meta: {
    type: "problem",
    docs: { description: "disallow instructions, types and memories beyond the target's features" },
    messages: { beyond: "{{what}} needs the {{feature}} feature, which {{target}} does not have" },
    schema: [
      {
        type: "object",
        properties: { target: { type: "string" }, features: { type: "array", items: { type: "string" } } },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const options = (context.options[0] ?? {}) as Options;
    return {
      Module(module) {
        const target = targetOf(options, module);
        if (!target) return;
        // Compiler output repeats an instruction thousands of times: one finding per construct and place is enough to act on.
        const reported = new Set<string>();
        moduleFeatureUses(module, (need, what, offset) => {
          const feature = typeof need === "string" ? need : need.find((f) => target.set.has(f)) ?? need[0];
          if (target.set.has(feature)) return;
          const phrase = typeof what === "string" ? what : what.name;
          const key = `${phrase}@${offset === undefined ? "" : offset}`;
          if (reported.has(key)) return;
          reported.add(key);
          context.report({ offset, span: headOf(context.text, offset), messageId: "beyond", data: { what: phrase, feature, target: target.name } });
        });
      },
    };
  },
};

function targetOf(options: Options, module: Module): { name: string; set: FeatureSet } | undefined {
  if (options.features) return { name: "the target", set: parseFeatures(["wasm1", ...options.features], closest) };
  if (options.target) return { name: options.target, set: parseFeatures(options.target, closest) };
  const section = module.customs.find((c) => c.name === "target_features");
  if (!section) return undefined;
  const denied = sectionEntries(section.bytes).filter((e) => e.prefix === "-").flatMap((e) => featureOfLlvmName(e.name) ?? []);
  if (denied.length === 0) return undefined;
  return { name: "the module's target_features section", set: parseFeatures(["all", ...denied.map((f) => `-${f}`)]) };
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
