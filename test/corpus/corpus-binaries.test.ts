/**
 * The binary inputs exist and are modules V8 accepts: the corpus' compiler
 * outputs (each one up to date with its sources, as corpus/outputs.tsv
 * records them) and the large binaries of npm packages. The byte-exact
 * `wasm -> wat -> wasm` round trip over the same lists lives with the decoder
 * and printer; this file only makes sure the inputs are there and sound.
 *
 * Node 20's V8 (11.3) validates every one of these today. It lacks some
 * WebAssembly 3.0 features (GC, exnref, memory64...): a binary added here
 * that uses them would fail the validity check for that reason, and should be
 * checked with a newer engine instead, saying so here.
 */
import { describe, expect, it } from "@jest/globals";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { corpusBinaries, corpusDir, corpusManifest, realBinaries, type Language } from "../helpers/real-binaries.js";

const MB = 1e6;

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function isValid(path: string): boolean {
  return WebAssembly.validate(readFileSync(path) as Uint8Array<ArrayBuffer>);
}

describe("corpus compiler outputs", () => {
  const binaries = corpusBinaries();
  const manifest = corpusManifest();
  const buildScript = readFileSync(join(corpusDir(), "build.sh"), "utf8");

  it("cover C, Go, AssemblyScript and Rust", () => {
    const languages = new Set(binaries.map((binary) => binary.language));
    expect([...languages].sort()).toEqual(["AssemblyScript", "C", "Go", "Rust"]);
  });

  it("are exactly the outputs corpus/outputs.tsv lists", () => {
    expect(binaries.map((binary) => binary.name)).toEqual(manifest.map((entry) => `corpus/${entry.output}`).sort());
  });

  for (const entry of manifest) {
    describe(entry.output, () => {
      const path = join(corpusDir(), entry.output);

      it("is the file corpus/build.sh recorded", () => {
        expect(existsSync(path)).toBe(true);
        expect(statSync(path).size).toBe(entry.bytes);
        expect(sha256(path)).toBe(entry.sha256);
      });

      it("was built from the sources as they are now (else run corpus/build.sh)", () => {
        for (const source of entry.sources) {
          expect({ source: source.path, sha256: sha256(join(corpusDir(), source.path)) }).toEqual({
            source: source.path,
            sha256: source.sha256,
          });
        }
      });

      it("is built by corpus/build.sh", () => {
        expect(buildScript).toContain(`record ${entry.output} `);
      });

      it("is a valid module for V8", () => {
        expect(isValid(path)).toBe(true);
      });
    });
  }
});

describe("real binaries from npm packages", () => {
  const binaries = realBinaries();

  it("cover Go, Rust, C and C++, with one of 2-5 MB and one of at least 10 MB", () => {
    const languages = new Set<Language>(binaries.map((binary) => binary.language));
    expect([...languages].sort()).toEqual(["C", "C++", "Go", "Rust"]);
    const sizes = binaries.map((binary) => statSync(binary.path).size);
    expect(sizes.some((size) => size >= 2 * MB && size <= 5 * MB)).toBe(true);
    expect(sizes.some((size) => size >= 10 * MB)).toBe(true);
  });

  for (const binary of binaries) {
    it(`${binary.name} (${binary.language}, ${binary.producer}) is a valid module for V8`, () => {
      expect(statSync(binary.path).size).toBeGreaterThan(0);
      expect(isValid(binary.path)).toBe(true);
    });
  }
});
