/**
 * The two custom sections lld writes from all its inputs instead of
 * concatenating them: `producers` (each tool and language once, the first
 * version seen) and `target_features` (the features any input uses; one
 * input using a feature another disallows is an error naming both).
 */
import type { CustomSection } from "../module/model.js";
import { readTargetFeatures, TARGET_FEATURES_SECTION, writeTargetFeatures } from "../object/target-features.js";
import { decodeProducers, encodeProducers, type Producer } from "../types/producers.js";
import type { ObjectFile } from "./inputs.js";
import { LinkError } from "./link-error.js";

const AT_END = { position: "after", section: "last" } as const;

export function toolSections(files: ObjectFile[]): CustomSection[] {
  const producers: Producer[] = [];
  const used = new Map<string, ObjectFile>();
  const disallowed = new Map<string, ObjectFile>();
  for (const file of files) {
    for (const section of file.module.customs) {
      if (section.name === "producers") {
        for (const p of decodeProducers(section.bytes) ?? []) if (!producers.some((q) => q.field === p.field && q.name === p.name)) producers.push(p);
      } else if (section.name === TARGET_FEATURES_SECTION) {
        for (const f of readTargetFeatures(section.bytes)) {
          const [mine, other] = f.prefix === "-" ? [disallowed, used] : [used, disallowed];
          const clash = other.get(f.name);
          if (clash !== undefined) {
            const [user, refuser] = f.prefix === "-" ? [clash, file] : [file, clash];
            throw new LinkError(file.name, `target feature '${f.name}' used in ${user.name} is disallowed by ${refuser.name}`);
          }
          if (!mine.has(f.name)) mine.set(f.name, file);
        }
      }
    }
  }
  const out: CustomSection[] = [];
  if (producers.length > 0) out.push({ name: "producers", bytes: encodeProducers(producers), place: AT_END });
  if (used.size > 0) {
    const features = [...used.keys()].sort().map((name) => ({ prefix: "+" as const, name }));
    out.push({ name: TARGET_FEATURES_SECTION, bytes: writeTargetFeatures(features), place: AT_END });
  }
  return out;
}
