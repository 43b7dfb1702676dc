/** The target_features section read as obj2yaml reads it, and written back to the same bytes. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../src/index.js";
import { readTargetFeatures, TARGET_FEATURES_SECTION, writeTargetFeatures } from "../../src/object/target-features.js";
import { WasmDecodeError } from "../../src/binary/decode-error.js";
import { corpusDir } from "../helpers/real-binaries.js";
import { obj2yaml, yamlLists } from "./obj2yaml.js";

const PREFIX = { "+": "USED", "-": "DISALLOWED", "=": "REQUIRED" } as const;

describe("target_features", () => {
  const path = join(corpusDir(), "c", "mathlib-simd.wasm");
  const section = decode(new Uint8Array(readFileSync(path))).customs.find((c) => c.name === TARGET_FEATURES_SECTION)!;

  it("reads the features obj2yaml reads, and writes them back to the same bytes", () => {
    const features = readTargetFeatures(section.bytes);
    expect(features.map((f) => ({ Prefix: PREFIX[f.prefix], Name: f.name }))).toEqual(yamlLists(obj2yaml(path), "Features")[0]);
    expect(writeTargetFeatures(features)).toEqual(section.bytes);
  });

  it("says where a prefix is not one of + - =", () => {
    const bytes = section.bytes.slice();
    bytes[1] = 0x2a;
    expect(() => readTargetFeatures(bytes)).toThrow(new WasmDecodeError("malformed target_features prefix", 1, "0x2a, not + - or ="));
  });
});
