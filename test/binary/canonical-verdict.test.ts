/**
 * The decoder's verdict that a binary is its own canonical encoding
 * (`DecodedLayout.canonical`, which spares wasm2wat the encoding its exact
 * notes would otherwise compare with) is the encoder's: on every module of
 * the spec testsuite (text modules encoded, and the binary modules outside
 * `assert_malformed`, which spell many encodings the encoder does not
 * write), every corpus binary and the benchmarks' 2.4 MB binary (what
 * wasm-tools writes: canonical but for a data count section no code
 * needs; the larger npm binaries would take a minute, and their exact
 * round trips are the corpus tests'), the decoder says canonical exactly when encoding the decoded
 * module gives back the same bytes. The one exception it is allowed: a
 * module with code metadata sections (branch hints), which the decoder
 * leaves to the encoding to judge; it never says canonical wrongly. And
 * the exact notes made on its word are those the encoding gives. Name
 * sections that read cleanly but that the encoder writes otherwise (or not
 * at all) are judged so too.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { decode, type DecodedLayout } from "../../src/binary/decode.js";
import { encode } from "../../src/binary/encode.js";
import { addExactNotes } from "../../src/binary/exact-notes.js";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { CODE_METADATA_PREFIX } from "../../src/types/code-metadata.js";
import { corpusBinaries, label, realBinaries } from "../helpers/real-binaries.js";
import { specBinaries, specFileNames } from "../helpers/spec-suite.js";
import { sections } from "../helpers/wasm-sections.js";

interface Verdicts {
  decoder: boolean;
  encoder: boolean;
  /** Whether the exact notes made without an encoding (when the decoder says canonical) are those made with one. */
  sameNotes: boolean;
}

/** Why the verdicts on a binary may not differ as they do, if they may not. */
function disagreement(bytes: Uint8Array, v: Verdicts): string | undefined {
  if (!v.sameNotes) return "the exact notes differ from those the encoding gives";
  if (v.decoder === v.encoder) return undefined;
  if (v.decoder) return "the decoder says canonical, the encoding differs";
  if (sections(bytes).some((s) => s.name?.startsWith(CODE_METADATA_PREFIX))) return undefined;
  return "the encoding is the same, the decoder does not say canonical";
}

/** Both verdicts on one binary, or undefined when it does not decode (or its model does not encode). */
function verdicts(bytes: Uint8Array): Verdicts | undefined {
  const noted = (judged: boolean) => {
    const layout: DecodedLayout = { sections: {}, bodies: [], customs: new Map(), padded: [] };
    const module = decode(bytes, { layout });
    const decoder = layout.canonical === true;
    const encoder = Buffer.compare(encode(module), bytes) === 0;
    addExactNotes(bytes, module, judged ? layout : { ...layout, canonical: false });
    return { decoder, encoder, notes: { exact: module.exact, dataCount: module.dataCount } };
  };
  try {
    const judged = noted(true);
    // Without the decoder's word both ways are one.
    const sameNotes = !judged.decoder || isDeepStrictEqual(judged.notes, noted(false).notes);
    return { decoder: judged.decoder, encoder: judged.encoder, sameNotes };
  } catch {
    return undefined;
  }
}

describe("the decoder says a spec module is canonical exactly when its encoding is", () => {
  const counts = { canonical: 0, other: 0 };
  for (const name of specFileNames()) {
    it(name, () => {
      const disagreements: string[] = [];
      for (const { line, bytes } of specBinaries(name)) {
        const v = verdicts(bytes);
        if (v === undefined) continue;
        const why = disagreement(bytes, v);
        if (why !== undefined) disagreements.push(`line ${line}: ${why}`);
        counts[v.encoder ? "canonical" : "other"]++;
      }
      expect(disagreements).toEqual([]);
    });
  }

  it("judges both kinds among them", () => {
    expect(counts.canonical).toBeGreaterThan(1000);
    expect(counts.other).toBeGreaterThan(10);
  });
});

describe("the decoder says a corpus binary is canonical exactly when its encoding is", () => {
  const judged = [...corpusBinaries(), ...realBinaries().filter((b) => b.path.endsWith("wasm-tools.core.wasm"))];
  it("include the benchmarks' binary", () => expect(judged.length).toBeGreaterThan(corpusBinaries().length));
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
      expect(verdicts(bytes)).toEqual({ decoder: canonical, encoder: canonical, sameNotes: true });
      if (id !== undefined) expect(wasm2wat(bytes)).toContain(id);
    });
  }
});
