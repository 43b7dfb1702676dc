/**
 * The `target_features` custom section (tool-conventions Linking.md): which
 * features a module or object uses (`+`), must not be linked with (`-`) or
 * requires of everything it links with (`=`). A linker checks these before
 * merging objects. Read from and written to the section's bytes.
 */
import { Reader } from "../binary/reader.js";
import { ByteWriter } from "../binary/writer.js";

export const TARGET_FEATURES_SECTION = "target_features";

export type FeaturePrefix = "+" | "-" | "=";

export interface TargetFeature {
  prefix: FeaturePrefix;
  name: string;
}

const PREFIXES: readonly FeaturePrefix[] = ["+", "-", "="];

/** The features of a target_features section's bytes (after its name); error offsets count from there. */
export function readTargetFeatures(bytes: Uint8Array): TargetFeature[] {
  const r = new Reader(bytes);
  r.eofReason = "unexpected end of the target_features section";
  const features: TargetFeature[] = [];
  for (let n = r.count(); n > 0; n--) {
    const at = r.pos;
    const prefix = String.fromCharCode(r.byte()) as FeaturePrefix;
    if (!PREFIXES.includes(prefix)) r.fail("malformed target_features prefix", at, `0x${prefix.charCodeAt(0).toString(16)}, not + - or =`);
    features.push({ prefix, name: r.name() });
  }
  if (!r.atEnd()) r.fail("target_features section size mismatch", r.pos);
  return features;
}

export function writeTargetFeatures(features: readonly TargetFeature[]): Uint8Array {
  const w = new ByteWriter();
  w.u32(features.length);
  for (const f of features) {
    w.byte(f.prefix.charCodeAt(0));
    w.name(f.name);
  }
  return w.finish();
}
