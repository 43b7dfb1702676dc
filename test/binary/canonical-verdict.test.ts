/**
 * The decoder's verdicts that a binary, and each of its sections and
 * function bodies, is its own canonical encoding (`DecodedLayout.canonical`
 * and `FoundUnit.canonical`, which spare wasm2wat the encoding its exact
 * notes would otherwise compare with) are the encoder's: on every module
 * of the spec testsuite (text modules encoded, and the binary modules
 * outside `assert_malformed`, which spell many encodings the encoder does
 * not write), every corpus binary and the benchmarks' 2.4 MB and 14 MB
 * binaries (what wasm-tools writes: canonical but for a data count section
 * no code needs; what Go writes: padded sizes and immediates), the decoder
 * says a binary is canonical exactly when encoding the decoded module gives
 * back the same bytes, and a unit it judges canonical is encoded as its
 * bytes with their padded numbers made minimal. The one exception it is
 * allowed: a module with code metadata sections (branch hints), which the
 * decoder leaves to the encoding to judge; it never says canonical wrongly.
 * And the exact notes made on its word are those the encoding gives, unit
 * by unit. Name sections that read cleanly but that the encoder writes
 * otherwise (or not at all), and bodies that spell what the encoder spells
 * otherwise, are judged so too.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { decode, type DecodedLayout } from "../../src/binary/decode.js";
import { encode } from "../../src/binary/encode.js";
import { type BinaryLayout, minimalLebs, type UnitRange } from "../../src/binary/exact.js";
import { addExactNotes } from "../../src/binary/exact-notes.js";
import type { Module } from "../../src/module/model.js";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { CODE_METADATA_PREFIX } from "../../src/types/code-metadata.js";
import { corpusBinaries, label, realBinaries } from "../helpers/real-binaries.js";
import { specBinaries, specFileNames } from "../helpers/spec-suite.js";
import { sections } from "../helpers/wasm-sections.js";

interface Verdicts {
  decoder: boolean;
  encoder: boolean;
  /** Whether the exact notes made on the decoder's verdicts are those made with an encoding of every unit. */
  sameNotes: boolean;
  /** The units the decoder judged canonical whose encoding is not their bytes with minimal numbers. */
  misjudged: string[];
  /** How many bodies the decoder judged canonical, and how many not. */
  bodies: { canonical: number; other: number };
}

/** Why the verdicts on a binary may not differ as they do, if they may not. */
function disagreement(bytes: Uint8Array, v: Verdicts): string | undefined {
  if (!v.sameNotes) return "the exact notes differ from those the encoding gives";
  if (v.misjudged.length > 0) return `judged canonical, encoded otherwise: ${v.misjudged.join(", ")}`;
  if (v.decoder === v.encoder) return undefined;
  if (v.decoder) return "the decoder says canonical, the encoding differs";
  if (sections(bytes).some((s) => s.name?.startsWith(CODE_METADATA_PREFIX))) return undefined;
  return "the encoding is the same, the decoder does not say canonical";
}

/** The bytes of a unit as the encoder writes it, by the decoder's word: its own with the padded numbers in [payload, to) made minimal. */
function judgedPayload(bytes: Uint8Array, found: DecodedLayout, unit: UnitRange, to: number): Uint8Array {
  const inside: number[] = [];
  for (let i = 0; i < found.padded.length; i += 3) {
    const at = found.padded[i];
    if (at >= unit.payload && at < to) inside.push(at - unit.payload, found.padded[i + 1], found.padded[i + 2]);
  }
  return minimalLebs(bytes.subarray(unit.payload, to), inside);
}

/** The units the decoder judged canonical that `written` (where the encoding `encoded` put each unit) does not show so. */
function misjudged(bytes: Uint8Array, found: DecodedLayout, encoded: Uint8Array, written: BinaryLayout): string[] {
  if (found.unitsJudged !== true) return [];
  const out: string[] = [];
  const check = (what: string, o: UnitRange & { canonical: boolean }, c: UnitRange | undefined, to = o.end, cTo = c?.end) => {
    if (o.canonical && (c === undefined || Buffer.compare(judgedPayload(bytes, found, o, to), encoded.subarray(c.payload, cTo)) !== 0)) out.push(what);
  };
  for (const [unit, o] of Object.entries(found.sections)) {
    // Only the code section's head is its own: the bodies are judged apart.
    if (unit === "code") check(unit, o, written.sections.code, found.bodies[0]?.start ?? o.end, written.bodies[0]?.start);
    else if (unit !== "datacount" || written.sections.datacount !== undefined) check(unit, o, written.sections[unit as keyof BinaryLayout["sections"]]);
  }
  for (const [custom, o] of found.customs) if (o !== found.sections.name) check(`custom "${custom.name}"`, o, written.customs.get(custom));
  found.bodies.forEach((o, i) => check(`body ${i}`, o, written.bodies[i]));
  return out;
}

/** Every exact note put on a module. */
function notesOf(module: Module) {
  return { exact: module.exact, dataCount: module.dataCount, bodies: module.funcs.map((f) => f.exact), customs: module.customs.map((c) => c.exact) };
}

/** The verdicts on one binary, or undefined when it does not decode (or its model does not encode). */
function verdicts(bytes: Uint8Array): Verdicts | undefined {
  const decoded = () => {
    const layout: DecodedLayout = { sections: {}, bodies: [], customs: new Map(), padded: [] };
    return { layout, module: decode(bytes, { layout }) };
  };
  try {
    const { layout, module } = decoded();
    const written: BinaryLayout = { sections: {}, bodies: [], customs: new Map() };
    const encoded = encode(module, { layout: written });
    addExactNotes(bytes, module, layout);
    const judged = notesOf(module);
    // The notes made with every unit encoded, the decoder's verdicts set aside.
    const other = decoded();
    addExactNotes(bytes, other.module, { ...other.layout, canonical: false, unitsJudged: false });
    const canonicalBodies = layout.bodies.filter((b) => b.canonical).length;
    return {
      decoder: layout.canonical === true,
      encoder: Buffer.compare(encoded, bytes) === 0,
      sameNotes: isDeepStrictEqual(judged, notesOf(other.module)),
      misjudged: misjudged(bytes, layout, encoded, written),
      bodies: { canonical: canonicalBodies, other: layout.bodies.length - canonicalBodies },
    };
  } catch {
    return undefined;
  }
}

describe("the decoder says a spec module is canonical exactly when its encoding is", () => {
  const counts = { canonical: 0, other: 0 };
  const bodies = { canonical: 0, other: 0 };
  for (const name of specFileNames()) {
    it(name, () => {
      const disagreements: string[] = [];
      for (const { line, bytes } of specBinaries(name)) {
        const v = verdicts(bytes);
        if (v === undefined) continue;
        const why = disagreement(bytes, v);
        if (why !== undefined) disagreements.push(`line ${line}: ${why}`);
        counts[v.encoder ? "canonical" : "other"]++;
        bodies.canonical += v.bodies.canonical;
        bodies.other += v.bodies.other;
      }
      expect(disagreements).toEqual([]);
    });
  }

  it("judges both kinds among them", () => {
    expect(counts.canonical).toBeGreaterThan(1000);
    expect(counts.other).toBeGreaterThan(10);
    expect(bodies.canonical).toBeGreaterThan(1000);
    expect(bodies.other).toBeGreaterThan(0);
  });
});

describe("the decoder says a corpus binary is canonical exactly when its encoding is", () => {
  const benchmarks = ["wasm-tools.core.wasm", "esbuild.wasm"];
  const judged = [...corpusBinaries(), ...realBinaries().filter((b) => benchmarks.some((name) => b.path.endsWith(name)))];
  it("include the benchmarks' binaries", () => expect(judged.length).toBe(corpusBinaries().length + benchmarks.length));
  for (const binary of judged) {
    it(label(binary), () => {
      const bytes = new Uint8Array(readFileSync(binary.path));
      const v = verdicts(bytes);
      expect(v).toBeDefined();
      expect(disagreement(bytes, v!)).toBeUndefined();
    });
  }
});

describe("a name section the encoder writes otherwise makes a binary not canonical", () => {
  // An imported function (0) and a defined one (1), each with a parameter; no name section.
  const base = wat2wasm('(module (import "m" "f" (func (param i32))) (func (param i32)))');
  const withNames = (payloadHex: string): Uint8Array => {
    const payload = Buffer.concat([Buffer.from("046e616d65", "hex"), Buffer.from(payloadHex, "hex")]);
    return new Uint8Array(Buffer.concat([base, Buffer.from([0, payload.length]), payload]));
  };
  // Each with the id its names give in text, showing that they were put on the model.
  const cases: Array<[string, string, boolean, string | undefined]> = [
    ["the function names the encoder writes", "010401010161", true, "(func $a"],
    ["no subsection", "", false, undefined],
    ["an empty function name map", "010100", false, undefined],
    ["a padded count", "01058100010161", false, "(func $a"],
    ["a padded subsection size", "01840001010161", false, "(func $a"],
    ["local names of an imported function", "0206010001000178", false, "(param $x"],
  ];
  for (const [what, payloadHex, canonical, id] of cases) {
    it(what, () => {
      const bytes = withNames(payloadHex);
      expect(verdicts(bytes)).toMatchObject({ decoder: canonical, encoder: canonical, sameNotes: true, misjudged: [] });
      if (id !== undefined) expect(wasm2wat(bytes)).toContain(id);
    });
  }
});

describe("a body that spells what the encoder spells otherwise is judged so", () => {
  /** A module with a memory and one function of type [] -> [], whose code entry has the payload `hex` (locals, then instructions). */
  const withBody = (hex: string): Uint8Array => {
    const body = Buffer.from(hex.replaceAll(" ", ""), "hex");
    const code = Buffer.concat([Buffer.from([1, body.length]), body]);
    const head = Buffer.from("0061736d01000000" + "010401600000" + "03020100" + "0503010001", "hex");
    return new Uint8Array(Buffer.concat([head, Buffer.from([10, code.length]), code]));
  };
  // Padded numbers aside, which the notes record as such: the decoder makes them minimal to compare.
  const cases: Array<[string, string, boolean]> = [
    ["locals in one run per type", "01 02 7f 0b", true],
    ["locals of one type in two runs", "02 01 7f 01 7f 0b", false],
    ["an empty run of locals", "01 00 7f 0b", false],
    ["a nullable abstract reference type in its long form", "01 01 63 70 0b", false],
    ["a load that names memory 0", "00 41 00 28 42 00 00 1a 0b", false],
    ["a padded local index", "01 01 7f 20 80 00 1a 0b", true],
    ["a padded negative constant", "00 41 ff 7f 1a 0b", true],
  ];
  for (const [what, hex, canonical] of cases) {
    it(what, () => {
      const bytes = withBody(hex);
      const layout: DecodedLayout = { sections: {}, bodies: [], customs: new Map(), padded: [] };
      decode(bytes, { layout });
      expect(layout.bodies[0].canonical).toBe(canonical);
      const v = verdicts(bytes);
      expect(v).toMatchObject({ sameNotes: true, misjudged: [] });
      expect(v!.decoder).toBe(v!.encoder);
      expect(Buffer.compare(wat2wasm(wasm2wat(bytes)), bytes)).toBe(0);
    });
  }
});
